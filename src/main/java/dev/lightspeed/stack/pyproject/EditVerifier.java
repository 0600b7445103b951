package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.pip.Requirement;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Re-reads an edited text and checks that it holds what was meant: valid TOML, the group's array equal to the
 * requirements, each index and each source present. A failure is a bug in the editor; the caller then keeps the
 * original text, so a bug can never write a broken file.
 */
final class EditVerifier {

    private EditVerifier() {
    }

    static List<Problem> verify(String fileName, String text, DependencyGroup group) {
        List<String> failures = new ArrayList<>();
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            failures.add("the result does not parse: " + toml.errors().get(0));
        } else {
            Object array = toml.get(List.of("dependency-groups", group.name()));
            List<Object> actual = array instanceof TomlArray a ? a.toList() : List.of();
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
        return failures.stream().map(f -> Problem.error(PyprojectEditor.RULE_EDIT, Location.of(fileName), "",
                "internal error, the file was left unchanged: " + f, "please report this with the file")).toList();
    }

    private static boolean hasIndex(TomlParseResult toml, UvIndex index) {
        if (!(toml.get(List.of("tool", "uv", "index")) instanceof TomlArray a)) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof TomlTable t && index.name().equals(t.get("name"))
                    && t.get("url") instanceof String u && UvIndex.normalizeUrl(u).equals(index.normalizedUrl())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSource(TomlParseResult toml, UvSource source) {
        if (!(toml.get(List.of("tool", "uv", "sources")) instanceof TomlTable sources)) {
            return false;
        }
        for (String key : sources.keySet()) {
            if (!Requirement.normalize(key).equals(source.packageName())) {
                continue;
            }
            Object v = sources.get(List.of(key));
            List<Object> elements = v instanceof TomlArray a ? a.toList() : List.of(v);
            for (Object e : elements) {
                if (e instanceof TomlTable t && source.index().equals(t.get("index"))
                        && (!t.contains("group") || source.group().equals(t.get("group")))) {
                    return true;
                }
            }
        }
        return false;
    }
}
