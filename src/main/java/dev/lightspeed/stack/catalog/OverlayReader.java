package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.pip.PipLine;
import dev.lightspeed.stack.pip.RequirementSyntaxException;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import dev.lightspeed.stack.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one user catalog file (see {@link CatalogOverlays} for the format) and checks its shape: known keys, value
 * types, release names, pip strings. Knows nothing of the catalog it will be applied to. Never throws for bad input.
 */
final class OverlayReader {

    static final Set<String> TOP_KEYS = Set.of("llamaStack", "description", "providers");
    static final Set<String> PROVIDER_KEYS = Set.of("api", "provider_type", "supported", "note", "pip_packages",
            "api_dependencies", "optional_api_dependencies", "deprecated", "config_schema", "default_config");


    private final List<String> knownReleases;
    private final SafeYamlReader yaml = new SafeYamlReader();

    OverlayReader(List<String> knownReleases) {
        this.knownReleases = List.copyOf(knownReleases);
    }

    /** The file's content, or null when it has errors (which are added to {@code out}). */
    OverlayFile read(Path file, Problems out) {
        String name = file.toString();
        YamlDocument doc = yaml.read(file, name);
        out.addAll(doc.problems());
        if (doc.hasErrors() || doc.root().isEmpty()) {
            return null;
        }
        Problems local = new Problems();
        OverlayFile result = file(name, doc.root().get(), local);
        out.addAll(local.sorted());
        return local.hasErrors() ? null : result;
    }

    private OverlayFile file(String name, YNode root, Problems out) {
        if (!(root instanceof YMap top)) {
            wrongType(out, root, "", "a mapping with 'providers:'");
            return null;
        }
        unknownKeys(top, TOP_KEYS, "", out);
        String release = null;
        Location releaseWhere = top.valueLocation("llamaStack");
        if (top.get("llamaStack").isPresent()) {
            release = release(top.get("llamaStack").get(), out);
        }
        top.get("description").ifPresent(d -> string(d, "description", out));
        List<OverlayEntry> entries = new ArrayList<>();
        YNode providers = top.get("providers").orElse(null);
        if (providers == null) {
            out.error(RuleId.CATALOG_MISSING_FIELD, top.location(), "providers",
                    "a user catalog needs a 'providers:' list",
                    "add 'providers:' with one item per provider to add or change");
        } else if (!(providers instanceof YSeq seq)) {
            wrongType(out, providers, "providers", "a list");
        } else {
            for (int i = 0; i < seq.items().size(); i++) {
                OverlayEntry e = entry(i, seq.items().get(i), out);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        return new OverlayFile(name, release, releaseWhere, entries);
    }

    private String release(YNode n, Problems out) {
        if (!(n instanceof YScalar s) || s.isNull()) {
            wrongType(out, n, "llamaStack", "a release such as '" + knownReleases.get(0) + "'");
            return null;
        }
        if (!knownReleases.contains(s.text())) {
            List<String> close = Similar.closest(s.text(), knownReleases, 3);
            out.error(RuleId.CATALOG_UNKNOWN_RELEASE, s.location(), "llamaStack",
                    UnknownRelease.message(s.text()),
                    close.isEmpty() ? "use one of the known releases, or remove 'llamaStack:' to apply to all"
                            : "did you mean " + Similar.quotedList(close, "or") + "?");
            return null;
        }
        return s.text();
    }

    private OverlayEntry entry(int index, YNode n, Problems out) {
        String path = "providers[" + index + "]";
        if (!(n instanceof YMap m)) {
            wrongType(out, n, path, "a mapping with 'api:' and 'provider_type:'");
            return null;
        }
        unknownKeys(m, PROVIDER_KEYS, path + ".", out);
        String type = m.get("provider_type").map(v -> string(v, path + ".provider_type", out)).orElse(null);
        if (!m.has("provider_type")) {
            out.error(RuleId.CATALOG_MISSING_FIELD, m.location(), path + ".provider_type",
                    "every provider entry needs 'provider_type:'", "add e.g. 'provider_type: remote::my-llm'");
        } else if (type != null && !type.matches("(inline|remote)::[A-Za-z0-9_.:-]+")) {
            out.error(RuleId.CATALOG_BAD_PROVIDER_TYPE, m.valueLocation("provider_type"), path + ".provider_type",
                    "'" + type + "' is not a provider type", "write 'inline::<name>' or 'remote::<name>'");
            type = null;
        }
        List<String> pip = m.get("pip_packages").map(v -> strings(v, path + ".pip_packages", out)).orElse(null);
        List<CatalogRequirement> reqs = pip == null ? null
                : requirements((YSeq) m.get("pip_packages").get(), path + ".pip_packages", out);
        return type == null ? null : new OverlayEntry(index, m.location(),
                m.get("api").map(v -> string(v, path + ".api", out)).orElse(null),
                m.valueLocation("api"),
                type,
                m.get("supported").map(v -> bool(v, path + ".supported", out)).orElse(null),
                m.get("note").map(v -> string(v, path + ".note", out)).orElse(null),
                pip,
                reqs,
                m.get("api_dependencies").map(v -> strings(v, path + ".api_dependencies", out)).orElse(null),
                m.get("optional_api_dependencies").map(v -> strings(v, path + ".optional_api_dependencies", out))
                        .orElse(null),
                m.get("deprecated").map(v -> bool(v, path + ".deprecated", out)).orElse(null),
                m.get("config_schema").map(v -> schema(v, path + ".config_schema", out)).orElse(null),
                m.get("default_config").map(v -> json(v, path + ".default_config", out)).orElse(null));
    }

    private static List<CatalogRequirement> requirements(YSeq seq, String path, Problems out) {
        List<CatalogRequirement> reqs = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            if (!(seq.items().get(i) instanceof YScalar s) || !s.isString()) {
                continue;
            }
            try {
                reqs.addAll(CatalogRequirements.of(PipLine.parse(s.text())));
            } catch (RequirementSyntaxException e) {
                Location at = s.location();
                int column = at.column() + (s.quoted() ? 1 : 0) + Math.max(e.column(), 1) - 1;
                out.error(RuleId.CATALOG_PIP_SYNTAX, new Location(at.file(), at.line(), column), path + "[" + i + "]",
                        "pip string \"" + s.text() + "\" does not parse at its column " + e.column() + ": "
                                + e.reason(),
                        "write PEP 508 requirements, e.g. \"my-client>=1.2\", optionally with --extra-index-url URL");
            }
        }
        return reqs;
    }

    private static void unknownKeys(YMap m, Set<String> known, String prefix, Problems out) {
        for (YMap.Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
                List<String> close = Similar.closest(e.key(), known, 2);
                out.error(RuleId.CATALOG_UNKNOWN_KEY, e.keyLocation(), prefix + e.key(),
                        "unknown key '" + e.key() + "'",
                        close.isEmpty() ? "known keys: " + String.join(", ", known.stream().sorted().toList())
                                : "did you mean " + Similar.quotedList(close, "or") + "?");
            }
        }
    }

    private static String string(YNode n, String path, Problems out) {
        if (n instanceof YScalar s && s.isString()) {
            return s.text();
        }
        wrongType(out, n, path, "a string");
        return null;
    }

    private static Boolean bool(YNode n, String path, Problems out) {
        if (n instanceof YScalar s && s.type() == YScalar.ScalarType.BOOL) {
            return (Boolean) s.toPlain();
        }
        wrongType(out, n, path, "true or false");
        return null;
    }

    private static List<String> strings(YNode n, String path, Problems out) {
        if (!(n instanceof YSeq seq)) {
            wrongType(out, n, path, "a list of strings");
            return null;
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String s = string(seq.items().get(i), path + "[" + i + "]", out);
            if (s != null) {
                list.add(s);
            }
        }
        return list;
    }

    /** A {@code config_schema}: a mapping whose regular expressions must compile. */
    private static JsonNode schema(YNode n, String path, Problems out) {
        if (n instanceof YMap) {
            dev.lightspeed.stack.schema.SchemaPatterns.check(n, path, out);
        }
        return json(n, path, out);
    }

    private static JsonNode json(YNode n, String path, Problems out) {
        if (!(n instanceof YMap)) {
            wrongType(out, n, path, "a mapping");
            return null;
        }
        return dev.lightspeed.stack.schema.JsonTrees.fromPlain(n.toPlain());
    }

    private static void wrongType(Problems out, YNode n, String path, String expected) {
        out.error(RuleId.CATALOG_WRONG_TYPE, n.location(), path, "expected " + expected + ", found " + n.kind(),
                "write " + expected + " here");
    }
}
