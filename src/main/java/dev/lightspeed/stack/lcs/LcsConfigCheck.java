package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What LCS's configuration model ({@code src/models/config.py}: pydantic, {@code extra="forbid"}) refuses in the
 * parts of {@code lightspeed-stack.yaml} that make the run configuration: {@code llama_stack} (and its unified
 * {@code config} block), {@code inference}, {@code byok_rag}, {@code mcp_servers}, {@code azure_entra_id}, and the
 * root validator {@code check_unified_vs_legacy}. LCS refuses to start on any of these, so each is an error.
 */
final class LcsConfigCheck {

    enum Kind { STR, BOOL, POS_INT, POS_NUM, MAP, STR_LIST, STR_MAP, ANY, INT_OR_STR }

    private static final Map<String, Kind> LLAMA_STACK = fields("url", Kind.STR, "api_key", Kind.STR,
            "use_as_library_client", Kind.BOOL, "library_client_config_path", Kind.STR, "timeout", Kind.POS_INT,
            "max_retries", Kind.POS_INT, "retry_delay", Kind.POS_INT, "allow_degraded_mode", Kind.BOOL, "config",
            Kind.MAP);
    private static final Map<String, Kind> UNIFIED = fields("baseline", Kind.STR, "profile", Kind.STR,
            "native_override", Kind.MAP);
    private static final Map<String, Kind> INFERENCE = fields("default_model", Kind.STR, "default_provider", Kind.STR,
            "context_windows", Kind.MAP, "providers", Kind.ANY, "max_infer_iters", Kind.POS_INT, "max_tool_calls",
            Kind.POS_INT);
    private static final Map<String, Kind> INFERENCE_PROVIDER = fields("type", Kind.STR, "id", Kind.STR,
            "api_key_env", Kind.STR, "allowed_models", Kind.STR_LIST, "extra", Kind.MAP);
    private static final Map<String, Kind> BYOK_RAG = fields("rag_id", Kind.STR, "rag_type", Kind.STR,
            "embedding_model", Kind.STR, "embedding_dimension", Kind.POS_INT, "vector_db_id", Kind.STR, "db_path",
            Kind.STR, "score_multiplier", Kind.POS_NUM, "host", Kind.STR, "port", Kind.INT_OR_STR, "db", Kind.STR,
            "user", Kind.STR, "password", Kind.STR);
    private static final Map<String, Kind> MCP_SERVER = fields("name", Kind.STR, "provider_id", Kind.STR, "url",
            Kind.STR, "authorization_headers", Kind.STR_MAP, "headers", Kind.STR_LIST, "require_approval", Kind.ANY,
            "timeout", Kind.POS_INT);
    private static final Map<String, Kind> AZURE = fields("tenant_id", Kind.STR, "client_id", Kind.STR,
            "client_secret", Kind.STR, "scope", Kind.STR);
    private static final Pattern ID = Pattern.compile("[a-z0-9_-]+");

    private LcsConfigCheck() {
    }

    private static Map<String, Kind> fields(Object... kv) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Kind) kv[i + 1]);
        }
        return m;
    }

    static void check(YMap lcs, Problems out) {
        YMap ls = section(lcs, "llama_stack", out);
        if (ls == null) {
            if (!lcs.has("llama_stack")) {
                out.error(RuleId.LCS_CONFIG_MISSING_FIELD, lcs.location(), "llama_stack", "LCS requires a llama_stack"
                        + " section", "add 'llama_stack:' with 'use_as_library_client: true' (library mode) or 'url:'");
            }
        } else {
            fieldsOf(ls, "llama_stack", LLAMA_STACK, List.of(), out);
            YMap config = section(ls, "config", out);
            if (config != null) {
                fieldsOf(config, "llama_stack.config", UNIFIED, List.of(), out);
                String baseline = config.text("baseline");
                if (baseline != null && !baseline.equals("default") && !baseline.equals("empty")) {
                    out.error(RuleId.LCS_CONFIG_VALUE, config.valueLocation("baseline"), "llama_stack.config.baseline",
                            "baseline must be 'default' or 'empty', not '" + baseline + "'",
                            "write 'default' (LCS's built-in baseline) or 'empty', or name a profile: instead");
                }
            }
        }
        YMap inference = section(lcs, "inference", out);
        if (inference != null) {
            fieldsOf(inference, "inference", INFERENCE, List.of(), out);
            if (inference.has("default_model") != inference.has("default_provider")) {
                out.error(RuleId.LCS_CONFIG_VALUE, inference.location(), "inference", "default_model and"
                        + " default_provider must be set together", "set both, or neither");
            }
            eachEntry(inference, "providers", "inference.providers", INFERENCE_PROVIDER, List.of("type"), out)
                    .forEach((path, p) -> inferenceProvider(p, path, out));
        }
        eachEntry(lcs, "byok_rag", "byok_rag", BYOK_RAG, List.of("rag_id", "vector_db_id"), out)
                .forEach((path, b) -> {
                    String type = b.has("rag_type") ? b.text("rag_type") : ByokRag.DEFAULT_RAG_TYPE;
                    if ("inline::faiss".equals(type) && (b.text("db_path") == null || b.text("db_path").isEmpty())) {
                        out.error(RuleId.LCS_CONFIG_MISSING_FIELD, b.location(), path + ".db_path",
                                "db_path is required"
                                + " when rag_type is 'inline::faiss'", "add 'db_path:' (the faiss index file)");
                    }
                });
        eachEntry(lcs, "mcp_servers", "mcp_servers", MCP_SERVER, List.of("name", "url"), out);
        YMap azure = section(lcs, "azure_entra_id", out);
        if (azure != null) {
            fieldsOf(azure, "azure_entra_id", AZURE, List.of("tenant_id", "client_id", "client_secret"), out);
        }
        LcsModes.check(lcs, out);
    }

    private static void inferenceProvider(YMap p, String path, Problems out) {
        String type = p.text("type");
        if (type != null && !CoreSteps.PROVIDER_TYPE_MAP.containsKey(type)) {
            List<String> types = CoreSteps.PROVIDER_TYPE_MAP.keySet().stream().sorted().toList();
            out.error(RuleId.LCS_CONFIG_VALUE, p.valueLocation("type"), path + ".type", "'" + type + "' is not an"
                    + " inference provider type LCS knows", "use one of " + Similar.quotedList(types, "or")
                    + (Similar.closest(type, types, 1).isEmpty() ? ""
                            : " (did you mean '" + Similar.closest(type, types, 1).get(0) + "'?)"));
        }
        String id = p.text("id");
        if (id != null && !ID.matcher(id.strip()).matches()) {
            out.error(RuleId.LCS_CONFIG_VALUE, p.valueLocation("id"), path + ".id", "id may contain only lowercase"
                    + " letters, digits, underscores and hyphens, and must not be empty", "write e.g. 'vllm-prod'");
        }
    }

    /** The mapping at {@code key}; null (and an error when present but not a mapping) otherwise. */
    static YMap section(YMap parent, String key, Problems out) {
        YNode n = parent.get(key).orElse(null);
        if (n == null || n instanceof YScalar s && s.isNull()) {
            return null;
        }
        if (n instanceof YMap m) {
            return m;
        }
        out.error(RuleId.LCS_CONFIG_TYPE, n.location(), key, key + " must be a mapping, not a " + n.kind(),
                "write '" + key + ":' followed by indented keys");
        return null;
    }

    private static Map<String, YMap> eachEntry(YMap parent, String key, String path, Map<String, Kind> fields,
            List<String> required, Problems out) {
        Map<String, YMap> entries = new LinkedHashMap<>();
        YNode n = parent.get(key).orElse(null);
        if (n == null || n instanceof YScalar s && s.isNull()) {
            return entries;
        }
        if (!(n instanceof YSeq seq)) {
            out.error(RuleId.LCS_CONFIG_TYPE, n.location(), path, path + " must be a list, not a " + n.kind(),
                    "write each entry as '- key: value'");
            return entries;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            String p = path + "[" + i + "]";
            if (seq.items().get(i) instanceof YMap m) {
                fieldsOf(m, p, fields, required, out);
                entries.put(p, m);
            } else {
                out.error(RuleId.LCS_CONFIG_TYPE, seq.items().get(i).location(), p, "each entry must be a mapping",
                        "write the entry as 'key: value' lines");
            }
        }
        return entries;
    }

    private static void fieldsOf(YMap m, String path, Map<String, Kind> fields, List<String> required,
            Problems out) {
        for (YMap.Entry e : m.entries().values()) {
            Kind kind = fields.get(e.key());
            if (kind == null) {
                List<String> near = Similar.closest(e.key(), fields.keySet(), 1);
                out.error(RuleId.LCS_CONFIG_UNKNOWN_FIELD, e.keyLocation(), path + "." + e.key(), "LCS's configuration"
                        + " has no field '" + e.key() + "' here (extra fields are forbidden)", near.isEmpty()
                                ? "remove it; known: " + String.join(", ", fields.keySet())
                                : "did you mean '" + near.get(0) + "'?");
            } else if (!fits(e.value(), kind)) {
                out.error(RuleId.LCS_CONFIG_TYPE, e.value().location(), path + "." + e.key(), e.key() + " must be "
                        + words(kind) + ", not " + e.value().kind(), "write " + words(kind));
            }
        }
        for (String r : required) {
            if (!m.has(r)) {
                out.error(RuleId.LCS_CONFIG_MISSING_FIELD, m.location(), path + "." + r, "required field '" + r
                        + "' is missing", "add '" + r + ":'");
            }
        }
    }

    static boolean fits(YNode v, Kind kind) {
        Object p = v.toPlain();
        return switch (kind) {
            case ANY -> true;
            case STR -> v instanceof YScalar s && (s.isString() || s.isNull());
            case BOOL -> p instanceof Boolean || p == null;
            case POS_INT -> p == null || p instanceof Long l && l > 0;
            case POS_NUM -> p == null || p instanceof Number n && n.doubleValue() > 0;
            case INT_OR_STR -> v instanceof YScalar;
            case MAP -> v instanceof YMap || p == null;
            case STR_LIST -> p == null || v instanceof YSeq s && s.items().stream().allMatch(i -> i instanceof YScalar);
            case STR_MAP -> v instanceof YMap m && m.entries().values().stream()
                    .allMatch(e -> e.value() instanceof YScalar);
        };
    }

    private static String words(Kind kind) {
        return switch (kind) {
            case STR -> "a string";
            case BOOL -> "true or false";
            case POS_INT -> "a positive integer";
            case POS_NUM -> "a positive number";
            case MAP -> "a mapping";
            case STR_LIST -> "a list of strings";
            case STR_MAP -> "a mapping of strings";
            case INT_OR_STR -> "a string or an integer";
            case ANY -> "any value";
        };
    }
}
