package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.pip.Requirement;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Re-reads an edited text ({@link SimpleToml} when it can, else tomlj) and checks that it holds what was meant: valid TOML, the group's array equal to the
 * requirements, each index and each source present. A failure is a bug in the editor; the caller then keeps the
 * original text, so a bug can never write a broken file.
 */
final class EditVerifier {

    private EditVerifier() {
    }

    static List<Problem> verify(String fileName, String text, DependencyGroup group) {
        List<String> failures = new ArrayList<>();
        Map<String, Object> toml = SimpleToml.parse(text);
        TomlParseResult parsed = toml == null ? Toml.parse(text) : null;
        if (parsed != null && parsed.hasErrors()) {
            failures.add("the result does not parse: " + parsed.errors().get(0));
        } else {
            if (toml == null) {
                toml = PlainToml.of(parsed, text);
            }
            Object array = PlainToml.get(toml, List.of("dependency-groups", group.name()));
            List<?> actual = array instanceof List<?> a ? a : List.of();
            if (!actual.equals(new ArrayList<Object>(group.requirementTexts()))) {
                failures.add("the group holds " + actual + " instead of " + group.requirementTexts());
            }
            for (UvIndex index : group.indexes()) {
                if (!hasIndex(toml, index)) {
                    failures.add("index " + index.name() + " (" + index.url() + ") is missing");
                }
            }
            for (UvSource source : group.sources()) {
                if (!hasSource(toml, source)) {
                    failures.add("source of " + source.packageName() + " is missing");
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (String f : failures) {
            out.add(Problem.error(RuleId.PYPROJECT_EDIT_FAILED, Location.of(fileName), "",
                    "internal error, the file was left unchanged: " + f, "please report this with the file"));
        }
        return List.copyOf(out);
    }

    private static boolean hasIndex(Map<String, Object> toml, UvIndex index) {
        if (!(PlainToml.get(toml, List.of("tool", "uv", "index")) instanceof List<?> a)) {
            return false;
        }
        for (Object element : a) {
            if (element instanceof Map<?, ?> t && index.name().equals(t.get("name"))
                    && t.get("url") instanceof String u && UvIndex.normalizeUrl(u).equals(index.normalizedUrl())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSource(Map<String, Object> toml, UvSource source) {
        if (!(PlainToml.get(toml, List.of("tool", "uv", "sources")) instanceof Map<?, ?> sources)) {
            return false;
        }
        for (Map.Entry<?, ?> entry : sources.entrySet()) {
            if (!Requirement.normalize((String) entry.getKey()).equals(source.packageName())) {
                continue;
            }
            Object v = entry.getValue();
            List<?> elements = v instanceof List<?> a ? a : List.of(v);
            for (Object e : elements) {
                if (e instanceof Map<?, ?> t && source.index().equals(t.get("index"))
                        && (!t.containsKey("group") || source.group().equals(t.get("group")))) {
                    return true;
                }
            }
        }
        return false;
    }
}
