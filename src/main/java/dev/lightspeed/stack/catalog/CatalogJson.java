package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.lightspeed.stack.schema.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundled catalog file ({@code catalog/llama-stack-<release>.json}). The format, one object per release:
 * <pre>
 * { "format": 1, "llama_stack_version": "0.3.5", "auto_routed_apis": [...], "routing_table_apis": [...],
 *   "run_config_schema": {...}, "run_shape": {...} (see {@link RunShapeJson}),
 *   "providers": [ { "api", "provider_type", "supported", "support_note", "pip_packages",
 *                    "requirements": [{"requirement", "index_url", "extra_index_url", "no_deps"}],
 *                    "api_dependencies", "optional_api_dependencies", "deprecation_warning",
 *                    "deprecation_error", "config_schema", "default_config" } ] }
 * </pre>
 */
public final class CatalogJson {

    public static final int FORMAT = 1;

    private CatalogJson() {
    }

    public static Catalog read(InputStream in, String origin) throws IOException {
        JsonNode root = JsonTrees.read(in);
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException(origin + ": not a catalog of format " + FORMAT);
        }
        List<ProviderSpec> providers = new ArrayList<>();
        for (JsonNode p : root.path("providers")) {
            providers.add(provider(p, "bundled"));
        }
        JsonNode schema = root.has("run_config_schema") ? root.get("run_config_schema") : MissingNode.getInstance();
        return new Catalog(root.path("llama_stack_version").asText(), root.path("product").asText("llama-stack"),
                providers, strings(root.path("auto_routed_apis")),
                strings(root.path("routing_table_apis")), schema, RunShapeJson.read(root.get("run_shape"), origin));
    }

    static ProviderSpec provider(JsonNode p, String origin) {
        List<CatalogRequirement> reqs = new ArrayList<>();
        for (JsonNode r : p.path("requirements")) {
            reqs.add(new CatalogRequirement(r.path("requirement").asText(), text(r, "index_url"),
                    text(r, "extra_index_url"), r.path("no_deps").asBoolean(false)));
        }
        return new ProviderSpec(
                p.path("api").asText(),
                p.path("provider_type").asText(),
                new Support(p.path("supported").asBoolean(false), p.path("support_note").asText("")),
                strings(p.path("pip_packages")),
                reqs,
                strings(p.path("api_dependencies")),
                strings(p.path("optional_api_dependencies")),
                p.path("deprecation_warning").asBoolean(false),
                p.path("deprecation_error").asBoolean(false),
                p.path("config_schema"),
                p.path("default_config"),
                origin);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
