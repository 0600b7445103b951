package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.CatalogRequirement;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.pip.Requirement;
import dev.lightspeed.stack.pip.RequirementSyntaxException;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.RuleId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;
import org.tomlj.TomlParseResult;

/**
 * An existing {@code llslibdev} dependency group ({@code [dependency-groups] llslibdev = [...]} of a pyproject.toml)
 * → the declaration's {@code dependencies:}, against the packages the imported providers bring: an entry on such a
 * package with a specifier other than the catalog's becomes a constraint; an entry on any other package becomes an
 * extra; a package the providers bring and the group does not list becomes an exclusion (LCS leaves some out by
 * hand). A file that does not parse, or has no such group, is reported and adds nothing.
 */
final class PyprojectImporter {

    static final String GROUP = "llslibdev";

    private final ImportNotes notes;

    PyprojectImporter(ImportNotes notes) {
        this.notes = notes;
    }

    /** The declaration's {@code dependencies:} section, empty when there is nothing to say. */
    Map<String, Object> run(byte[] toml, String name, List<ProviderSpec> providers) {
        TomlParseResult parsed = Toml.parse(new String(toml, StandardCharsets.UTF_8));
        if (parsed.hasErrors()) {
            var e = parsed.errors().get(0);
            notes.add(dev.lightspeed.stack.problem.Problem.error(RuleId.IMPORT_PYPROJECT, new Location(name,
                    e.position() == null ? 0 : e.position().line(), e.position() == null ? 0
                    : e.position().column()), "", "not valid TOML: " + e.getMessage(), "fix the file, or leave out"
                    + " -Dlightspeed.pyproject"));
            return Map.of();
        }
        Object groups = parsed.get(List.of("dependency-groups"));
        Object value = groups instanceof TomlTable t ? t.get(List.of(GROUP)) : null;
        if (groups != null && !(groups instanceof TomlTable) || value != null && !(value instanceof TomlArray)) {
            List<String> path = value == null ? List.of("dependency-groups") : List.of("dependency-groups", GROUP);
            var at = parsed.inputPositionOf(path);
            notes.add(dev.lightspeed.stack.problem.Problem.error(RuleId.IMPORT_PYPROJECT, at == null ? Location.of(name)
                    : new Location(name, at.line(), at.column()), String.join(".", path), String.join(".", path)
                    + " must be " + (value == null ? "a table" : "an array of requirement strings") + ", found "
                    + (value == null ? groups : value).getClass().getSimpleName().replace("Toml", "").toLowerCase(
                    java.util.Locale.ROOT), "fix " + name + " (uv refuses it too), or leave out -Dlightspeed.pyproject"));
            return Map.of();
        }
        TomlArray group = (TomlArray) value;
        if (group == null) {
            notes.add(dev.lightspeed.stack.problem.Problem.warning(RuleId.IMPORT_PYPROJECT, Location.of(name), "",
                    "has no [dependency-groups] " + GROUP + " group; nothing imported from it",
                    "leave out -Dlightspeed.pyproject, or name the project's pyproject.toml"));
            return Map.of();
        }
        Map<String, List<String>> catalog = catalogSpecifiers(providers);
        Map<String, Object> constraints = new TreeMap<>();
        List<String> extras = new ArrayList<>();
        TreeSet<String> listed = new TreeSet<>();
        for (int i = 0; i < group.size(); i++) {
            Object v = group.get(i);
            if (!(v instanceof String text)) {
                continue;
            }
            Requirement r;
            try {
                r = Requirement.parse(text);
            } catch (RequirementSyntaxException e) {
                notes.notCarried(Location.of(name), GROUP + "[" + i + "]", "'" + text + "' is not a PEP 508"
                        + " requirement");
                continue;
            }
            String n = r.normalizedName();
            listed.add(n);
            if (!catalog.containsKey(n) || r.url() != null || r.marker() != null || !r.extras().isEmpty()) {
                extras.add(text);
            } else if (!r.specifier().isEmpty() && !catalog.get(n).contains(r.specifier())) {
                constraints.put(r.name(), r.specifier());
            }
        }
        List<String> exclude = catalog.keySet().stream().filter(n -> !listed.contains(n)).sorted().toList();
        Map<String, Object> deps = new LinkedHashMap<>();
        if (!constraints.isEmpty()) {
            deps.put("constraints", new LinkedHashMap<>(constraints));
        }
        if (!extras.isEmpty()) {
            deps.put("extras", extras);
        }
        if (!exclude.isEmpty()) {
            deps.put("exclude", exclude);
            notes.header("dependencies.exclude: packages the providers need that " + name + "'s " + GROUP
                    + " group does not list");
        }
        return deps;
    }

    /** Normalised package name → the specifiers the providers' pip packages give it. */
    private static Map<String, List<String>> catalogSpecifiers(List<ProviderSpec> providers) {
        Map<String, List<String>> out = new TreeMap<>();
        for (ProviderSpec p : providers) {
            for (CatalogRequirement cr : p.requirements()) {
                try {
                    Requirement r = Requirement.parse(cr.requirement());
                    out.computeIfAbsent(r.normalizedName(), k -> new ArrayList<>()).add(r.specifier());
                } catch (RequirementSyntaxException e) {
                    // the catalog's own tests keep its requirements parseable
                }
            }
        }
        return out;
    }
}
