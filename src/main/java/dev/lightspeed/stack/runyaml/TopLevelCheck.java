package dev.lightspeed.stack.runyaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.schema.ConfigSchemaChecker;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.YMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top level of a run.yaml against its release's run-config JSON Schema (llama-stack's {@code StackRunConfig}):
 * required keys and types everywhere below, checked on the resolved view with the policy's
 * {@link dev.lightspeed.stack.schema.CheckMode}. Rule ids: {@code run-missing-key}, {@code run-type},
 * {@code run-value}, {@code run-unknown-key} (a key no release knows; llama-stack ignores it) and
 * {@code run-other-release-key} (a key of the other release's shape, e.g. 0.2-era {@code metadata_store} in a 0.3.5
 * file, which 0.3.5 silently ignores). Unknown keys are errors under {@link Policy#LCS}, warnings under
 * {@link Policy#LLAMA_STACK}.
 */
final class TopLevelCheck {

    private static final Map<String, String> RULES = Map.of(
            "config-missing-field", "run-missing-key",
            "config-unknown-field", "run-unknown-key",
            "config-type", "run-type",
            "config-value", "run-value");

    /** Keys that LCS files carry from the 0.2 era without either schema knowing them. */
    private static final Set<String> LEGACY_EXTRA = Set.of("conversations_store");

    static final String STORAGE_FIX = "add a 'storage:' section, e.g. 'storage: {backends: {kv_default: {type:"
            + " kv_sqlite, db_path: ~/.llama/kvstore.db}, sql_default: {type: sql_sqlite, db_path:"
            + " ~/.llama/sql_store.db}}, stores: {metadata: {namespace: registry, backend: kv_default}, inference:"
            + " {table_name: inference_store, backend: sql_default}}}' (0.3.x replaced metadata_store and"
            + " inference_store with it), or check a 0.2 file with -Dlightspeed.llamaStack=0.2.22";

    private TopLevelCheck() {
    }

    static void check(YMap resolved, Catalog catalog, Catalog other, Policy policy, Problems out) {
        JsonNode schema = catalog.runConfigSchema();
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        Set<String> known = fieldNames(schema);
        Set<String> otherKeys = new LinkedHashSet<>(other == null ? Set.of() : fieldNames(other.runConfigSchema()));
        otherKeys.removeAll(known);
        if (catalog.isStorageShape()) {
            otherKeys.addAll(LEGACY_EXTRA);
        }
        for (YMap.Entry e : resolved.entries().values()) {
            if (known.contains(e.key())) {
                continue;
            }
            if (otherKeys.contains(e.key())) {
                otherRelease(e, catalog, policy, out);
            } else {
                List<String> close = Similar.closest(e.key(), known, 1);
                add(out, policy, "run-unknown-key", e, "unknown top-level key '" + e.key() + "': llama-stack "
                        + catalog.release() + " ignores it silently", close.isEmpty()
                        ? "remove it; known keys: " + String.join(", ", known) : "did you mean '" + close.get(0) + "'?");
            }
        }
        ObjectNode open = schema.deepCopy();
        open.putObject("additionalProperties");
        Problems found = new Problems();
        new ConfigSchemaChecker(open).check(resolved, "", policy.configMode(), found, null);
        for (Problem p : found.sorted()) {
            String path = p.path().startsWith(".") ? p.path().substring(1) : p.path();
            String fix = path.equals("storage") && p.rule().equals("config-missing-field") ? STORAGE_FIX
                    : p.fix().replace("under .", "under ").replace("under  ", "under the top level ");
            out.add(new Problem(p.severity(), RULES.getOrDefault(p.rule(), p.rule()), p.location(), path,
                    p.message(), fix));
        }
    }

    private static void otherRelease(YMap.Entry e, Catalog catalog, Policy policy, Problems out) {
        String fix;
        if (catalog.isStorageShape()) {
            fix = switch (e.key()) {
                case "metadata_store", "inference_store", "conversations_store" ->
                        "remove it; 0.3.x configures stores under 'storage: {backends: …, stores: …}'";
                case "vector_dbs" -> "move the entries to 'registered_resources: {vector_stores: […]}'";
                default -> "move it under 'registered_resources:' (0.3.x registers resources there)";
            };
            add(out, policy, "run-other-release-key", e, "'" + e.key() + "' is a llama-stack 0.2 key; "
                    + catalog.release() + " ignores it silently", fix);
        } else {
            fix = switch (e.key()) {
                case "storage" -> "use 0.2's per-store blocks (metadata_store:, inference_store:), or target 0.3.5"
                        + " with -Dlightspeed.llamaStack=0.3.5";
                case "registered_resources" -> "move its lists to the top level (models:, shields:, vector_dbs:,"
                        + " …), or target 0.3.5 with -Dlightspeed.llamaStack=0.3.5";
                default -> "remove it, or target 0.3.5 with -Dlightspeed.llamaStack=0.3.5";
            };
            add(out, policy, "run-other-release-key", e, "'" + e.key() + "' is a llama-stack 0.3 key; "
                    + catalog.release() + " ignores it silently", fix);
        }
    }

    private static void add(Problems out, Policy policy, String rule, YMap.Entry e, String message, String fix) {
        if (policy.lcs()) {
            out.error(rule, e.keyLocation(), e.key(), message, fix);
        } else {
            out.warning(rule, e.keyLocation(), e.key(), message, fix);
        }
    }

    private static Set<String> fieldNames(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        if (schema != null) {
            schema.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
