package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The plugin jar also carries each bundled catalog in a compact form ({@code catalog/compact/}, made from the file above
 * and kept equal to it by {@code CompactCatalogTest}; {@link #readCompact}): the same JSON without whitespace on its
 * first line, where the release's {@code run_config_schema} and each provider's {@code config_schema} and
 * {@code default_config} are {@code [offset, length]} of their JSON text in what follows the line. A build then reads
 * those only for the providers it declares, and never scans past them.
 */
public final class CatalogJson {

    public static final int FORMAT = 1;

    private CatalogJson() {
    }

    public static Catalog read(InputStream in, String origin) throws IOException {
        return read(in.readAllBytes(), origin);
    }

    /**
     * Reads the catalog in {@code bytes} without building what a build may never need: the run-config schema and each
     * provider's {@code config_schema} and {@code default_config} are skipped and parsed on first use
     * ({@link LazyJson}, which keeps {@code bytes}); everything else is read now.
     */
    static Catalog read(byte[] bytes, String origin) throws IOException {
        return read(bytes, origin, -1);
    }

    /** Reads a catalog in the compact form (see the class comment). */
    static Catalog readCompact(byte[] bytes, String origin) throws IOException {
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        if (newline == bytes.length) {
            throw new IOException(origin + ": not a compact catalog (no line of values after the index)");
        }
        return read(bytes, origin, newline + 1);
    }

    /**
     * {@code valuesAt} &lt; 0: the values left for later are located in place; otherwise each is given as
     * {@code [offset, length]} from {@code valuesAt} (the compact form).
     */
    private static Catalog read(byte[] bytes, String origin, int valuesAt) throws IOException {
        ObjectNode root = JsonTrees.object();
        List<ProviderSpec> providers = new ArrayList<>();
        LazyJson schema = LazyJson.of(MissingNode.getInstance());
        try (JsonParser p = JsonTrees.parser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(origin + ": not a catalog of format " + FORMAT);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("run_config_schema")) {
                    schema = later(p, bytes, valuesAt, origin);
                } else if (field.equals("providers") && p.currentToken() == JsonToken.START_ARRAY) {
                    providers.clear();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        providers.add(provider(p, bytes, valuesAt, origin));
                    }
                } else {
                    root.set(field, JsonTrees.value(p));
                }
            }
        }
        if (root.path("format").asInt() != FORMAT) {
            throw new IOException(origin + ": not a catalog of format " + FORMAT);
        }
        return new Catalog(root.path("llama_stack_version").asText(), root.path("product").asText("llama-stack"),
                providers, strings(root.path("auto_routed_apis")),
                strings(root.path("routing_table_apis")), schema, RunShapeJson.read(root.get("run_shape"), origin));
    }

    /** One provider object at the parser's current token, its schema and default config left for later. */
    private static ProviderSpec provider(JsonParser p, byte[] bytes, int valuesAt, String origin)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException(origin + ": a provider is not an object at " + p.currentLocation());
        }
        ObjectNode fields = JsonTrees.object();
        LazyJson schema = LazyJson.of(MissingNode.getInstance());
        LazyJson defaults = LazyJson.of(MissingNode.getInstance());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("config_schema")) {
                schema = later(p, bytes, valuesAt, origin);
            } else if (field.equals("default_config")) {
                defaults = later(p, bytes, valuesAt, origin);
            } else {
                fields.set(field, JsonTrees.value(p));
            }
        }
        List<CatalogRequirement> reqs = new ArrayList<>();
        for (JsonNode r : fields.path("requirements")) {
            reqs.add(new CatalogRequirement(r.path("requirement").asText(), text(r, "index_url"),
                    text(r, "extra_index_url"), r.path("no_deps").asBoolean(false)));
        }
        return new ProviderSpec(
                fields.path("api").asText(),
                fields.path("provider_type").asText(),
                new Support(fields.path("supported").asBoolean(false), fields.path("support_note").asText("")),
                strings(fields.path("pip_packages")),
                reqs,
                strings(fields.path("api_dependencies")),
                strings(fields.path("optional_api_dependencies")),
                fields.path("deprecation_warning").asBoolean(false),
                fields.path("deprecation_error").asBoolean(false),
                schema,
                defaults,
                "bundled");
    }

    private static LazyJson later(JsonParser p, byte[] bytes, int valuesAt, String origin) throws IOException {
        return valuesAt < 0 ? LazyJson.at(p, bytes, origin) : LazyJson.ref(p, bytes, valuesAt, origin);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
