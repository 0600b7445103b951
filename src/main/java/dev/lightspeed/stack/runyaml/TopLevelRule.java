package dev.lightspeed.stack.runyaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.ConfigSchemaChecker;
import dev.lightspeed.stack.schema.JsonTrees;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top level of a run.yaml against its release's run-config JSON Schema (llama-stack's {@code StackRunConfig}):
 * required keys and types everywhere below, checked on the resolved view with the policy's
 * {@link dev.lightspeed.stack.schema.CheckMode}. Rule ids: {@code run-missing-key}, {@code run-type},
 * {@code run-value}, {@code run-unknown-key} (a key no release knows; llama-stack ignores it) and
 * {@code run-other-release-key} (a key of another release's shape, e.g. 0.2-era {@code metadata_store} in a 0.3.5
 * file, which 0.3.5 silently ignores: the catalog's {@code run_shape.foreign_keys} names them with their fixes). Unknown keys are errors under {@link Policy#LCS}, warnings under
 * {@link Policy#LLAMA_STACK}. The run shape adds {@code run-missing-key} for a group of which one key is required
 * ({@code distro_name} / {@code image_name} from 0.5.2) and {@code run-deprecated-key}, a warning under both policies,
 * for a key the release accepts with a deprecation log ({@code image_name} from 0.5.2).
 */
final class TopLevelRule implements Rule {

    private static final Map<RuleId, RuleId> RULES = Map.of(
            RuleId.CONFIG_MISSING_FIELD, RuleId.RUN_MISSING_KEY,
            RuleId.CONFIG_UNKNOWN_FIELD, RuleId.RUN_UNKNOWN_KEY,
            RuleId.CONFIG_TYPE, RuleId.RUN_TYPE,
            RuleId.CONFIG_VALUE, RuleId.RUN_VALUE);

    @Override
    public void check(RuleContext ctx) {
        check(ctx.model().run(), ctx.catalog(), ctx.policy(), ctx.out());
    }

    private static void check(YMap resolved, Catalog catalog, Policy policy, Problems out) {
        JsonNode schema = catalog.runConfigSchema();
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        Set<String> known = fieldNames(schema);
        Map<String, RunShape.ForeignKey> foreign = catalog.shape().foreignKeys();
        for (YMap.Entry e : resolved.entries().values()) {
            if (known.contains(e.key())) {
                continue;
            }
            RunShape.ForeignKey fk = foreign.get(e.key());
            if (fk != null) {
                add(out, policy, RuleId.RUN_OTHER_RELEASE_KEY, e, "'" + e.key() + "' is a " + fk.era() + " key; "
                        + catalog.displayName() + " ignores it silently", fk.fix());
            } else {
                List<String> close = Similar.closest(e.key(), known, 1);
                add(out, policy, RuleId.RUN_UNKNOWN_KEY, e, "unknown top-level key '" + e.key() + "': "
                        + catalog.displayName() + " ignores it silently", close.isEmpty()
                        ? "remove it; known keys: " + String.join(", ", known) : "did you mean '" + close.get(0) + "'?");
            }
        }
        requiredOneOf(resolved, catalog, out);
        for (Map.Entry<String, String> d : catalog.shape().deprecatedKeys().entrySet()) {
            String key = d.getKey();
            for (YMap.Entry e : resolved.entries().values()) {
                if (e.key().equals(key)) {
                    out.warning(RuleId.RUN_DEPRECATED_KEY, e.keyLocation(), key, "'" + key + "' is deprecated in "
                            + catalog.displayName() + "; it still starts, with a deprecation warning in its log",
                            d.getValue());
                }
            }
        }
        // the schema with additionalProperties open at the top only: a shallow copy (the catalog's nodes are shared
        // and never changed; a deep copy of the whole schema cost a first call several milliseconds)
        ObjectNode open = JsonTrees.object();
        open.setAll((ObjectNode) schema);
        open.putObject("additionalProperties");
        Problems found = new Problems();
        new ConfigSchemaChecker(open).check(resolved, "", policy.configMode(), found, null);
        for (Problem p : found.sorted()) {
            String path = p.path().startsWith(".") ? p.path().substring(1) : p.path();
            String fix = path.equals("storage") && p.is(RuleId.CONFIG_MISSING_FIELD)
                    && !catalog.shape().storage().missingFix().isEmpty() ? catalog.shape().storage().missingFix()
                    : p.fix().replace("under .", "under ").replace("under  ", "under the top level ");
            Problem renamed = p.renamed(RULES);
            out.add(new Problem(renamed.severity(), renamed.rule(), renamed.location(), path, renamed.message(), fix));
        }
    }

    /** {@code StackConfig}'s model validator: one key of each group ({@code distro_name} / {@code image_name}). */
    private static void requiredOneOf(YMap resolved, Catalog catalog, Problems out) {
        for (List<String> group : catalog.shape().requiredOneOf()) {
            boolean present = false;
            for (String k : group) {
                YNode n = resolved.get(k).orElse(null);
                present |= n != null && !(n instanceof YScalar s && s.isNull());
            }
            if (!present && !group.isEmpty()) {
                out.error(RuleId.RUN_MISSING_KEY, resolved.location(), group.get(0), "one of " + String.join(", ",
                        group)
                        + " is required; " + catalog.displayName() + " refuses to start", "add '" + group.get(0)
                        + ": <your distribution's name>'");
            }
        }
    }

    private static void add(Problems out, Policy policy, RuleId rule, YMap.Entry e, String message, String fix) {
        out.report(rule, policy.lcs(), e.keyLocation(), e.key(), message, fix);
    }

    private static Set<String> fieldNames(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        if (schema != null) {
            for (var e : schema.path("properties").properties()) {
                names.add(e.getKey());
            }
        }
        return names;
    }
}
