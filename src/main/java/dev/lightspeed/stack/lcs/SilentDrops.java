package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Warnings for what an operator writes in lightspeed-stack.yaml that never reaches OGX, each confirmed in LCS's
 * {@code llama_stack_configuration.py}: a {@code native_override} list replaces what the high-level sections put in
 * that list ({@code deep_merge_list_replace}); two {@code inference.providers} entries with one provider_id collapse
 * into the last, and one with a profile provider's id replaces it ({@code apply_high_level_inference}); an
 * {@code mcp_servers} entry's own {@code provider_id} gets no provider ({@code ensure_mcp_tool_runtime} adds only
 * {@code model-context-protocol}); a {@code byok_rag} entry without {@code embedding_dimension} gives OGX null, since
 * the synthesis reads the raw file and the model's default of 768 never applies.
 */
final class SilentDrops {

    private SilentDrops() {
    }

    /**
     * @param baseline       the profile, legacy run.yaml or LCS default the synthesis started from (null: empty)
     * @param defaults       LCS's default baseline (to tell it from a profile)
     * @param beforeOverride the synthesis before native_override was merged
     * @param origins        where the profile's providers were written (a generated profile's: the declaration)
     */
    static void check(YMap lcs, String lcsFile, YNode baseline, YNode defaults, YNode beforeOverride, YNode run,
            ProfileOrigins origins, Problems out) {
        overrideLists(lcs, lcsFile, beforeOverride, out);
        inferenceCollisions(lcs, baseline, defaults, origins, out);
        mcpProviderIds(lcs, run, out);
        byokDimensions(lcs, out);
    }

    private static void overrideLists(YMap lcs, String lcsFile, YNode before, Problems out) {
        YNode override = at(lcs, "llama_stack", "config", "native_override");
        if (override instanceof YMap o && before instanceof YMap b) {
            walk(o, b, "native_override", lcsFile, out);
        }
    }

    private static void walk(YMap override, YMap base, String path, String lcsFile, Problems out) {
        for (YMap.Entry e : override.entries().values()) {
            YNode was = base.get(e.key()).orElse(null);
            if (e.value() instanceof YMap o && was instanceof YMap b) {
                walk(o, b, path + "." + e.key(), lcsFile, out);
            } else if (e.value() instanceof YSeq && was instanceof YSeq old) {
                List<String> lost = old.items().stream().filter(i -> i.location().file().equals(lcsFile))
                        .map(i -> "line " + i.location().line()).distinct().toList();
                if (!lost.isEmpty()) {
                    out.warning(RuleId.LCS_OVERRIDE_REPLACES, e.keyLocation(), path + "." + e.key(),
                            "this list replaces "
                            + e.key() + " wholesale: what the high-level sections put there (" + String.join(", ",
                                    lost) + ") never reaches OGX", "drop the high-level entries or add them to this"
                                            + " list; native_override lists replace, they do not append");
                }
            }
        }
    }

    private static void inferenceCollisions(YMap lcs, YNode baseline, YNode defaults, ProfileOrigins origins,
            Problems out) {
        if (!(at(lcs, "inference", "providers") instanceof YSeq providers)) {
            return;
        }
        Map<String, YMap> byId = new LinkedHashMap<>();
        for (int i = 0; i < providers.items().size(); i++) {
            if (!(providers.items().get(i) instanceof YMap p) || p.text("type") == null) {
                continue;
            }
            String id = p.text("id") != null && !p.text("id").isEmpty() ? p.text("id")
                    : p.text("type").replace('_', '-');
            YMap earlier = byId.put(id, p);
            if (earlier != null) {
                out.warning(RuleId.LCS_PROVIDER_COLLAPSED, earlier.location(), "inference.providers", "this entry and"
                        + " the one at line " + p.location().line() + " both become provider_id '" + id + "': LCS"
                        + " keeps only the last, so OGX never sees this one", "give each entry a distinct 'id:'");
            }
        }
        if (baseline == defaults) {
            return; // replacing LCS's own default providers is what inference.providers is for
        }
        List<YNode> profile = providers(baseline, "inference");
        for (int i = 0; i < profile.size(); i++) {
            if (!(profile.get(i) instanceof YMap n)) {
                continue;
            }
            String id = n.text("provider_id");
            YMap replacing = byId.get(id);
            YMap twin = replacing == null ? byId.values().stream().filter(p -> lsType(p)
                    .equals(n.text("provider_type"))).findFirst().orElse(null) : null;
            YMap high = replacing != null ? replacing : twin;
            if (high == null) {
                continue;
            }
            Optional<Location> declared = origins.provider("inference", id, "providers.inference[" + i + "]");
            // at the operator's line: the profile's (hand-written), the declaration's, else the entry's own
            boolean atEntry = declared.isEmpty() && origins.generated();
            Location where = declared.orElse(atEntry ? high.location() : n.location());
            String self = atEntry ? "the generated profile's provider '" + id + "' (not in the declaration)"
                    : declared.isPresent() ? "this declared provider '" + id + "'" : "this provider '" + id + "'";
            String entry = atEntry ? "this inference.providers entry" : "the inference.providers entry at "
                    + high.location();
            String dropIt = atEntry ? "drop this entry" : declared.isPresent()
                    ? "drop this provider from the declaration"
                    : "drop it from the profile (or the declaration that generates it)";
            String path = "providers.inference[" + i + "]";
            if (twin != null) {
                out.warning(RuleId.LCS_PROVIDER_DUPLICATED, where, path, entry + " adds a second " + lsType(twin)
                        + " provider beside " + self + ": OGX serves both, and models may bind to either",
                        "keep one: " + dropIt + (atEntry ? "" : ", or the inference.providers entry"));
            } else {
                out.warning(RuleId.LCS_PROVIDER_REPLACED, where, path, self + " is replaced by " + entry + ": OGX sees"
                        + " that entry, not the profile's", "keep one of the two: " + dropIt + (atEntry ? ""
                                : ", or drop the inference.providers entry") + ", or give " + (atEntry ? "this"
                                        : "that") + " entry another 'id:'");
            }
        }
    }

    private static String lsType(YMap highLevel) {
        return CoreSteps.PROVIDER_TYPE_MAP.getOrDefault(highLevel.text("type"), "");
    }

    private static void mcpProviderIds(YMap lcs, YNode run, Problems out) {
        if (!(lcs.get("mcp_servers").orElse(null) instanceof YSeq servers)) {
            return;
        }
        List<String> toolRuntime = providers(run, "tool_runtime").stream().filter(p -> p instanceof YMap)
                .map(p -> ((YMap) p).text("provider_id")).collect(Collectors.toList());
        for (YNode s : servers.items()) {
            if (s instanceof YMap m && m.text("provider_id") != null && !toolRuntime.contains(m.text("provider_id"))) {
                out.warning(RuleId.LCS_MCP_PROVIDER_ID, m.valueLocation("provider_id"), "mcp_servers.provider_id",
                        "LCS's synthesis adds only the tool_runtime provider 'model-context-protocol'; nothing"
                        + " provides '" + m.text("provider_id") + "', so OGX cannot register this server's tools",
                        "remove 'provider_id:' (the default is model-context-protocol), or add a tool_runtime provider"
                                + " with this id to the profile or native_override");
            }
        }
    }

    private static void byokDimensions(YMap lcs, Problems out) {
        if (!(lcs.get("byok_rag").orElse(null) instanceof YSeq entries)) {
            return;
        }
        for (YNode n : entries.items()) {
            if (n instanceof YMap m && !m.has("embedding_dimension")) {
                out.warning(RuleId.LCS_DEFAULT_DROPPED, m.location(), "byok_rag.embedding_dimension", "LCS's model"
                        + " defaults embedding_dimension to 768, but the synthesis reads the raw file: OGX gets"
                        + " embedding_dimension: null for this store and its embedding model",
                        "write 'embedding_dimension:' explicitly");
            }
        }
    }

    static List<YNode> providers(YNode run, String api) {
        return at(run, "providers", api) instanceof YSeq s ? s.items() : List.of();
    }

    static YNode at(YNode n, String... keys) {
        YNode cur = n;
        for (String k : keys) {
            if (!(cur instanceof YMap m)) {
                return null;
            }
            cur = m.get(k).orElse(null);
        }
        return cur instanceof YScalar s && s.isNull() ? null : cur;
    }
}
