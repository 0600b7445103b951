package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.schema.EnvReference;
import dev.lightspeed.stack.validate.AzureEntraRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one declaration together from the parts the importers make, and settles what only generate can tell: literal
 * secrets it would reject, the {@code override:} that reproduces the rest of the source, and whether the result
 * generates at all.
 */
final class DeclarationBuilder {

    private static final Pattern SECRET_PATH = Pattern.compile("providers\\[(\\d+)]\\.config\\.(.+)");
    private static final Pattern ENV_FIX = Pattern.compile("\\$\\{env\\.([A-Z0-9_]+)}");

    private final RunSource source;
    private final Catalog target;
    private final ImportNotes notes;
    private final ImportRequest req;

    DeclarationBuilder(RunSource source, Catalog target, ImportNotes notes, ImportRequest req) {
        this.source = source;
        this.target = target;
        this.notes = notes;
        this.req = req;
    }

    String build() {
        // distro_name wins where a release knows both (0.5.2 and later)
        String distribution = source.root().text("distro_name");
        if (distribution == null || distribution.isBlank()) {
            distribution = source.root().text("image_name");
        }
        if (distribution == null || distribution.isBlank()) {
            distribution = "lightspeed-stack";
            notes.header("the source has no " + source.catalog().shape().nameKey() + "; the distribution is "
                    + distribution);
        }
        boolean migrating = !source.release().equals(target.release());
        Map<String, Object> storage = new StorageImporter(source, distribution, notes).run(target.shape().storage()
                .form());
        ProviderImporter.Imported providers = new ProviderImporter(source, target, distribution,
                StorageImporter.sqliteDir(storage), notes).run(ResourceImporter.nextLine(source.root(), "providers"));
        Map<String, List<Item>> resources = new ResourceImporter(source, notes).run(migrating, target);
        TopLevelImporter top = new TopLevelImporter(source, target, notes);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("llamaStack", target.release());
        doc.put("distribution", distribution);
        doc.put("providers", providers.providers());
        doc.putAll(resources);
        if (!providers.allowUnsupported().isEmpty()) {
            List<Object> allow = new ArrayList<>();
            providers.allowUnsupported().forEach((t, r) -> allow.add(pair("type", t, "reason", r)));
            doc.put("allowUnsupported", allow);
        }
        if (req.pyproject() != null) {
            Map<String, Object> deps = new PyprojectImporter(notes).run(req.pyproject(), req.pyprojectName(),
                    StackImporter.specs(target, providers.origins()));
            if (!deps.isEmpty()) {
                doc.put("dependencies", deps);
            }
        }
        putIfPresent(doc, "server", top.server());
        putIfPresent(doc, "storage", storage.isEmpty() ? null : storage);
        if (!top.telemetry(providers.telemetryProvider()) && target.shape().telemetry() != TelemetryForm.NONE) {
            doc.put("telemetry", false);
        }
        putIfPresent(doc, "vectorStoreDefaults", top.vectorStoreDefaults(providers.providers(),
                resources.getOrDefault("models", List.of())));
        putIfPresent(doc, Declaration.SAFETY, top.safety(resources.getOrDefault("shields", List.of())));

        InMemoryGenerate.Outcome draft = InMemoryGenerate.run(render(doc), StackImporter.DECLARATION_NAME);
        if (moveSecrets(draft, providers) | setAzureKey(draft, providers) | coerceScalars(draft, providers)) {
            draft = InMemoryGenerate.run(render(doc), StackImporter.DECLARATION_NAME);
        }
        if (draft.runYaml() != null) {
            Map<String, Object> override = top.override(draft.runYaml());
            if (!override.isEmpty()) {
                doc.put("override", override);
            }
        }
        String text = render(doc);
        InMemoryGenerate.Outcome last = InMemoryGenerate.run(text, StackImporter.DECLARATION_NAME);
        for (int round = 0; round < 5 && pruneIgnored(last, doc); round++) {
            text = render(doc);
            last = InMemoryGenerate.run(text, StackImporter.DECLARATION_NAME);
        }
        check(last);
        return text;
    }

    private String render(Map<String, Object> doc) {
        List<String> header = new ArrayList<>();
        header.add("Imported by lightspeed-stack-maven-plugin from " + source.file() + " (written for "
                + BundledCatalogs.displayName(source.release()) + ") for " + target.displayName() + ".");
        header.add("Generate run.yaml from it with: mvn lightspeed:generate");
        header.addAll(notes.header());
        List<String> rest = source.comments().rest();
        if (!rest.isEmpty()) {
            header.add("Comments of " + source.file() + " that sat on no provider or resource:");
            rest.forEach(r -> header.add("  " + r));
        }
        return DeclarationWriter.write(header, doc);
    }

    /** Literal secrets generate rejects become {@code ${env.VAR}} with the variable generate suggests. */
    private boolean moveSecrets(InMemoryGenerate.Outcome draft, ProviderImporter.Imported providers) {
        boolean moved = false;
        for (Problem p : draft.result().problems()) {
            Matcher path = SECRET_PATH.matcher(p.path());
            Matcher var = ENV_FIX.matcher(p.fix());
            if (!p.is(RuleId.SECRET_LITERAL) || !path.matches() || !var.find()) {
                continue;
            }
            int i = Integer.parseInt(path.group(1));
            String[] keys = path.group(2).split("\\.");
            Map<String, Object> parent = configMap(providers, i, keys);
            if (parent != null) { // a switched-off provider is expanded too: a bare reference would need the variable
                parent.put(keys[keys.length - 1], "${env." + var.group(1) + (switchedOff(providers, i) ? ":=}" : "}"));
                notes.secretMoved(where(providers, i), providers.origins().get(i).path() + ".config." + path.group(2),
                        var.group(1));
                moved = true;
            }
        }
        return moved;
    }

    /**
     * Lightspeed Core's Entra ID rule wants an Azure provider's api_key to be exactly {@code ${env.AZURE_API_KEY}}:
     * the import writes that, and says so. A provider switched off by its id (llama-stack's starter:
     * {@code provider_id: ${env.AZURE_API_KEY:+azure}}) gets {@code ${env.AZURE_API_KEY:=}} instead, which the rule
     * accepts there: llama-stack expands a switched-off provider's config too, so the bare form would stop a stack
     * that starts with nothing set (replace_env_vars in core/stack.py; see SwitchedProviderEnvRule).
     */
    private boolean setAzureKey(InMemoryGenerate.Outcome draft, ProviderImporter.Imported providers) {
        boolean set = false;
        for (Problem p : draft.result().problems()) {
            Matcher path = SECRET_PATH.matcher(p.path());
            if (!p.is(RuleId.AZURE_ENTRA_ID) || !path.matches() || !path.group(2).equals("api_key")) {
                continue;
            }
            int i = Integer.parseInt(path.group(1));
            String key = switchedOff(providers, i) ? AzureEntraRule.SWITCHED_KEY : "${env.AZURE_API_KEY}";
            Object was = configMap(providers, i, new String[] {"api_key"}).put("api_key", key);
            notes.azureKeySet(where(providers, i), providers.origins().get(i).path() + ".config.api_key",
                    was == null ? "the catalog default" : "'" + was + "'", key);
            set = true;
        }
        return set;
    }

    /**
     * A quoted number or boolean where the provider's schema wants one ({@code max_tokens: "1024"}): llama-stack's
     * pydantic models coerce it, generate's strict check does not, so the import writes the typed value and says so.
     */
    private boolean coerceScalars(InMemoryGenerate.Outcome draft, ProviderImporter.Imported providers) {
        boolean changed = false;
        for (Problem p : draft.result().problems()) {
            Matcher path = SECRET_PATH.matcher(p.path());
            if (!p.is(RuleId.CONFIG_TYPE) || !path.matches() || !p.message().startsWith("expected ")) {
                continue;
            }
            int i = Integer.parseInt(path.group(1));
            String[] keys = path.group(2).split("\\.");
            Map<String, Object> parent = configMap(providers, i, keys);
            String key = keys[keys.length - 1];
            if (parent == null || !(parent.get(key) instanceof String text)) {
                continue;
            }
            String expected = p.message().substring(0, p.message().indexOf(", found") < 0 ? p.message().length()
                    : p.message().indexOf(", found"));
            Object typed = ScalarCoercion.coerce(text, expected);
            if (typed != null) {
                parent.put(key, typed);
                notes.coerced(where(providers, i), providers.origins().get(i).path() + ".config." + path.group(2),
                        text, typed);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The map that holds the last of {@code keys} in provider {@code i}'s declared config (created when the provider
     * declares no config and the key is at its top), or null when the path leads elsewhere.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> configMap(ProviderImporter.Imported providers, int i, String[] keys) {
        Map<String, Object> provider = providers.providers().get(i).value();
        if (!(provider.get("config") instanceof Map<?, ?>) && keys.length == 1) {
            provider.put("config", new LinkedHashMap<String, Object>());
        }
        Object node = provider.get("config");
        for (int k = 0; k < keys.length - 1 && node instanceof Map<?, ?>; k++) {
            node = ((Map<String, Object>) node).get(keys[k]);
        }
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** Whether provider {@code i}'s id switches it off while a variable is unset ({@code ${env.X:+id}}). */
    private static boolean switchedOff(ProviderImporter.Imported providers, int i) {
        return providers.providers().get(i).value().get("id") instanceof String id && EnvReference.emptyWhenUnset(id);
    }

    private static Location where(ProviderImporter.Imported providers, int i) {
        RunSource.SourceProvider origin = providers.origins().get(i);
        return origin.config() != null ? origin.config().location() : origin.entry().location();
    }

    /**
     * Fields of {@code override:} that llama-stack's run-config model does not know (it ignores them, generate
     * refuses them, e.g. {@code storage.stores.prompts} in 0.3.5) are taken out and listed. Returns whether any was.
     */
    @SuppressWarnings("unchecked")
    private boolean pruneIgnored(InMemoryGenerate.Outcome last, Map<String, Object> doc) {
        boolean pruned = false;
        for (Problem p : last.result().problems()) {
            if (!p.is(RuleId.GENERATED_INVALID) || !p.message().startsWith("unknown field '")
                    || !(doc.get("override") instanceof Map<?, ?> override) || p.path().contains("[")) {
                continue;
            }
            String[] keys = p.path().split("\\.");
            Object node = override;
            for (int k = 0; k < keys.length - 1 && node instanceof Map<?, ?>; k++) {
                node = ((Map<String, Object>) node).get(keys[k]);
            }
            if (node instanceof Map<?, ?> m && m.containsKey(keys[keys.length - 1])) {
                m.remove(keys[keys.length - 1]);
                notes.notCarried(source.locate(p.path()), p.path(), target.displayName()
                        + " does not know this field (it ignores it)");
                pruned = true;
            }
        }
        if (pruned) {
            dropEmpty((Map<String, Object>) doc.get("override"));
            if (((Map<String, Object>) doc.get("override")).isEmpty()) {
                doc.remove("override");
            }
        }
        return pruned;
    }

    @SuppressWarnings("unchecked")
    private static void dropEmpty(Map<String, Object> m) {
        m.values().forEach(v -> {
            if (v instanceof Map<?, ?> inner) {
                dropEmpty((Map<String, Object>) inner);
            }
        });
        m.values().removeIf(v -> v instanceof Map<?, ?> inner && inner.isEmpty());
    }

    /** The declaration must generate; when it does not (a forced import), say why. */
    private void check(InMemoryGenerate.Outcome last) {
        for (Problem p : last.result().problems()) {
            if (p.isError()) {
                notes.add(new Problem(req.force() ? Severity.WARNING : Severity.ERROR, RuleId.IMPORT_GENERATE,
                        Location.of(source.file()), p.path(), "the imported declaration does not generate: "
                        + p.message(), req.force() ? "fix the declaration by hand" : "report this as a bug"
                        + " (or import with -Dlightspeed.force=true and fix the declaration by hand)"));
            }
        }
    }

    private static void putIfPresent(Map<String, Object> doc, String key, Object value) {
        if (value != null) {
            doc.put(key, value);
        }
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
