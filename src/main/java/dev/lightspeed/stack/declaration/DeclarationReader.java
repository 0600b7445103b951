package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.catalog.UnknownRelease;
import dev.lightspeed.stack.schema.CheckMode;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import dev.lightspeed.stack.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a declaration: YAML with positions, checked against the published declaration schema (unknown keys get a
 * "did you mean"), then mapped onto {@link Declaration}. Never throws for bad input. Thread-safe.
 */
public final class DeclarationReader {

    /** Schema findings on a declaration get declaration-* rule ids: they are about our file, not a provider's. */
    private static final Map<RuleId, RuleId> RENAMES = Map.of(
            RuleId.CONFIG_UNKNOWN_FIELD, RuleId.DECLARATION_UNKNOWN_FIELD,
            RuleId.CONFIG_MISSING_FIELD, RuleId.DECLARATION_MISSING_FIELD,
            RuleId.CONFIG_TYPE, RuleId.DECLARATION_TYPE,
            RuleId.CONFIG_VALUE, RuleId.DECLARATION_VALUE);

    private static final java.util.regex.Pattern DISTRIBUTION_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final SafeYamlReader yaml = new SafeYamlReader();

    /**
     * @param releaseOverride a release that wins over the declaration's {@code llamaStack} (the Mojo's
     *                        {@code -Dlightspeed.llamaStack}), or null
     */
    public DeclarationResult read(Path file, String displayName, String releaseOverride) {
        return fromDocument(yaml.read(file, displayName), releaseOverride);
    }

    public DeclarationResult read(byte[] bytes, String displayName, String releaseOverride) {
        return fromDocument(yaml.read(bytes, displayName), releaseOverride);
    }

    private DeclarationResult fromDocument(YamlDocument doc, String releaseOverride) {
        Problems problems = new Problems().addAll(doc.problems());
        if (doc.root().isEmpty() || doc.hasErrors()) {
            return new DeclarationResult(Optional.empty(), problems.sorted());
        }
        YNode root = doc.root().get();
        if (!(root instanceof YMap map)) {
            problems.error(RuleId.DECLARATION_SHAPE, root.location(), "", "a declaration is a mapping with 'providers:'"
                    + " at its top, not a " + root.kind(), "start with 'providers:'");
            return new DeclarationResult(Optional.empty(), problems.sorted());
        }
        Problems shape = new Problems();
        DeclarationSchema.checker().check(map, "", CheckMode.STRICT, shape, null);
        // an id such as ${env.X:+openai} is how a provider is switched off while X is unset: not an empty value
        for (Problem p : shape.sorted()) {
            if (!p.is(RuleId.CONFIG_ENV_EMPTY)) {
                problems.add(p.renamed(RENAMES));
            }
        }
        if (stops(problems)) {
            return new DeclarationResult(Optional.empty(), problems.sorted());
        }
        String release = releaseOverride != null && !releaseOverride.isBlank() ? releaseOverride
                : text(map, "llamaStack", BundledCatalogs.DEFAULT_RELEASE);
        if (!BundledCatalogs.isKnown(release)) {
            problems.error(RuleId.RELEASE_UNKNOWN, map.valueLocation("llamaStack"), "llamaStack",
                    UnknownRelease.message(release), UnknownRelease.fix(release));
            return new DeclarationResult(Optional.empty(), problems.sorted());
        }
        Catalog catalog = BundledCatalogs.get(release);
        checkDistribution(map, catalog, problems);
        if (stops(problems)) {
            return new DeclarationResult(Optional.empty(), problems.sorted());
        }
        ReleaseFit.check(map, catalog, problems);
        ResourceMapper resources = new ResourceMapper(catalog.shape());
        Declaration d = new Declaration(doc.file(), release, map.valueLocation("llamaStack"),
                text(map, "distribution", "lightspeed-stack"), providers(map), resources.all(map),
                allowed(map), allowWhere(map), dependencies(map), child(map, "server"), storage(map),
                !map.has("telemetry") || Boolean.TRUE.equals(map.get("telemetry").get().toPlain()),
                child(map, "vectorStoreDefaults"), child(map, "override"), map);
        return new DeclarationResult(Optional.of(d), problems.sorted());
    }

    /**
     * {@code distribution} becomes the run.yaml's {@code image_name}, which the release uses as one directory name
     * ({@code ~/.llama/distributions/<image_name>}, OGX {@code ~/.ogx/distributions/<image_name>}), and the generated store paths put it inside environment
     * references ({@code ${env.SQLITE_STORE_DIR:=~/.llama/distributions/<name>}}): so it must be one plain path
     * segment. Letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit (so never
     * {@code .} or {@code ..}), at most 128 characters; no {@code /}, {@code \}, <code>}</code>, {@code $}, spaces.
     */
    private static void checkDistribution(YMap map, Catalog catalog, Problems problems) {
        String name = map.text("distribution");
        if (name == null || DISTRIBUTION_NAME.matcher(name).matches()) {
            return;
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        safe = safe.isEmpty() ? "lightspeed-stack" : safe.substring(0, Math.min(safe.length(), 128));
        problems.error(RuleId.DECLARATION_DISTRIBUTION_NAME, map.valueLocation("distribution"), "distribution",
                "'" + name
                + "' is not a plain directory name: " + catalog.productName() + " keeps a distribution's files in "
                + catalog.shape().distributionDir() + "/<distribution>, and the generated paths put it inside"
                + " ${env.…} references",
                "use letters, digits, '.', '_' and '-' only, starting with a letter or digit, e.g. distribution: "
                        + safe);
    }

    /**
     * A misspelled top-level key ({@code modles:}) is ignored when mapping, so the rest of the declaration is still
     * read and checked in the same run; every other schema error stops the mapping.
     */
    private static boolean stops(Problems problems) {
        for (Problem p : problems.errors()) {
            if (!p.is(RuleId.DECLARATION_UNKNOWN_FIELD) || p.path().contains(".") || p.path().contains("[")) {
                return true;
            }
        }
        return false;
    }

    static String text(YMap m, String key, String dflt) {
        String text = m.text(key);
        return text != null ? text : dflt;
    }

    static YMap child(YMap m, String key) {
        return m.get(key).orElse(null) instanceof YMap child ? child : null;
    }

    static List<YNode> items(YMap m, String key) {
        return m.get(key).orElse(null) instanceof YSeq seq ? seq.items() : List.of();
    }

    private static List<DeclaredProvider> providers(YMap root) {
        List<DeclaredProvider> out = new ArrayList<>();
        List<YNode> items = items(root, "providers");
        for (int i = 0; i < items.size(); i++) {
            YMap p = (YMap) items.get(i);
            out.add(new DeclaredProvider(text(p, "type", null), text(p, "id", null), text(p, "api", null),
                    child(p, "config"), "providers[" + i + "]", p.location(), p.valueLocation("type")));
        }
        return out;
    }

    private static Map<String, String> allowed(YMap root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YNode n : items(root, "allowUnsupported")) {
            YMap a = (YMap) n;
            out.put(text(a, "type", ""), text(a, "reason", ""));
        }
        return out;
    }

    private static Map<String, Location> allowWhere(YMap root) {
        Map<String, Location> out = new LinkedHashMap<>();
        for (YNode n : items(root, "allowUnsupported")) {
            YMap a = (YMap) n;
            out.put(text(a, "type", ""), a.location());
        }
        return out;
    }

    private static Dependencies dependencies(YMap root) {
        YMap d = child(root, "dependencies");
        if (d == null) {
            return Dependencies.NONE;
        }
        Map<String, String> constraints = new LinkedHashMap<>();
        Map<String, Location> where = new LinkedHashMap<>();
        YMap c = child(d, "constraints");
        if (c != null) {
            for (var e : c.entries().values()) {
                constraints.put(e.key(), ((YScalar) e.value()).text());
                where.put(e.key(), e.keyLocation());
            }
        }
        List<String> extras = new ArrayList<>();
        List<Location> extrasWhere = new ArrayList<>();
        for (YNode n : items(d, "extras")) {
            extras.add(((YScalar) n).text());
            extrasWhere.add(n.location().shifted(((YScalar) n).quoted() ? 1 : 0)); // where its text starts
        }
        List<String> exclude = new ArrayList<>();
        for (YNode n : items(d, "exclude")) {
            exclude.add(((YScalar) n).text());
        }
        return new Dependencies(constraints, where, Collections.unmodifiableList(extras),
                Collections.unmodifiableList(extrasWhere), Collections.unmodifiableList(exclude));
    }

    private static StorageSpec storage(YMap root) {
        YMap s = child(root, "storage");
        if (s == null) {
            return StorageSpec.DEFAULT;
        }
        YMap pg = child(s, "postgres");
        @SuppressWarnings("unchecked")
        Map<String, Object> postgres = pg == null ? Map.of() : (Map<String, Object>) pg.toPlain();
        return new StorageSpec(text(s, "backend", "sqlite"), text(s, "sqliteDir", null), postgres);
    }
}
