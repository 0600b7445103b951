package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;

/**
 * LCS's rules on how a configuration gets its run configuration: {@code LlamaStackConfiguration.check_llama_stack_model}
 * (no {@code url} needs {@code use_as_library_client: true}) and {@code Configuration.check_unified_vs_legacy} (unified
 * synthesis inputs and {@code library_client_config_path} exclude each other; library mode needs one of them;
 * {@code config_format_version} agrees with the shape).
 */
final class LcsModes {

    private LcsModes() {
    }

    static void check(YMap lcs, Problems out) {
        YMap ls = lcs.get("llama_stack").orElse(null) instanceof YMap m ? m : null;
        if (ls == null) {
            return;
        }
        Object library = ls.get("use_as_library_client").map(YNode::toPlain).orElse(null);
        if (present(ls, "url") == null && !Boolean.TRUE.equals(library)) {
            out.error(RuleId.LCS_CONFIG_MODE, ls.location(), "llama_stack", "Llama Stack URL is not specified and"
                    + " library client mode is " + (library == null ? "not specified" : "not enabled"),
                    "set 'use_as_library_client: true' (LCS runs OGX in-process from a run configuration) or 'url:'"
                            + " (OGX runs as a service)");
        }
        YNode inferenceProviders = nested(lcs, "inference", "providers");
        YNode vectorStoreProviders = nested(lcs, "vector_store", "providers");
        YNode config = present(ls, "config");
        YNode legacy = present(ls, "library_client_config_path");
        YNode input = nonEmpty(inferenceProviders) ? inferenceProviders : nonEmpty(vectorStoreProviders)
                ? vectorStoreProviders : config;
        if (input != null && legacy != null) {
            out.error(RuleId.LCS_CONFIG_MODE, legacy.location(), "llama_stack.library_client_config_path", "Llama Stack"
                    + " configuration is ambiguous: unified synthesis inputs (here at line " + input.location().line()
                    + ") and the legacy library_client_config_path exclude each other; LCS refuses to start",
                    "remove library_client_config_path and name that run.yaml as the profile: 'llama_stack: {config:"
                            + " {profile: " + legacy.toPlain() + "}}' (or run the plugin's import on the pair)");
        }
        if (Boolean.TRUE.equals(library) && input == null && legacy == null) {
            out.error(RuleId.LCS_CONFIG_MODE, ls.location(), "llama_stack", "Llama Stack library mode requires a"
                    + " run-configuration source", "set 'config: {profile: run.yaml}' (or 'config: {baseline:"
                            + " default}') under llama_stack, or a non-empty inference.providers");
        }
        YNode version = present(lcs, "config_format_version");
        if (version instanceof YScalar v) {
            String detected = input != null ? "unified" : "legacy";
            if (!detected.equals(v.text())) {
                out.error(RuleId.LCS_CONFIG_MODE, v.location(), "config_format_version", "config_format_version is '"
                        + v.text() + "' but the configuration body is " + detected + "-shaped",
                        "write '" + detected + "' or change the body");
            }
        }
    }

    private static YNode present(YMap m, String key) {
        YNode n = m.get(key).orElse(null);
        return n == null || n instanceof YScalar s && s.isNull() ? null : n;
    }

    private static YNode nested(YMap m, String section, String key) {
        return m.get(section).orElse(null) instanceof YMap s ? present(s, key) : null;
    }

    private static boolean nonEmpty(YNode n) {
        return n != null && Tree.truthy(Tree.of(n));
    }

}
