package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.lightspeed.stack.schema.JsonTrees;
import dev.lightspeed.stack.schema.PackedJson;
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
 * The plugin jar carries each bundled catalog in a packed form ({@code catalog/packed/}, made from the file above by
 * the test-side {@code PackedCatalogs} and kept equal to it by {@code PackedFilesTest}; {@link #readPacked}): after
 * {@link PackedJson#header}, an int length and the index, the catalog as a packed tree where the release's
 * {@code run_config_schema} and each provider's {@code config_schema} and {@code default_config} are
 * {@code [offset, length]} of their own packed trees in the values that follow. A build decodes those only for the
 * providers it declares, and never parses JSON text.
 */
public final class CatalogJson {

    public static final int FORMAT = 1;
    /** The product of a catalog (or a line of the release index) that names none: releases before OGX. */
    static final String DEFAULT_PRODUCT = "llama-stack";

    private CatalogJson() {
    }

    /** Reads a catalog file (JSON text): the fallback for a release without a packed form, and for tests. */
    public static Catalog read(InputStream in, String origin) throws IOException {
        return read(JsonTrees.read(in), origin, null, 0);
    }

    /** Reads a catalog in the packed form (see the class comment). */
    static Catalog readPacked(byte[] bytes, String origin) throws IOException {
        int at = PackedJson.afterHeader(bytes, origin);
        if (bytes.length - at < 4) {
            throw new IOException(origin + ": truncated packed catalog (no index length)");
        }
        int indexLength = (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
        JsonNode index = PackedJson.decode(bytes, at + 4, indexLength, origin);
        return read(index, origin, bytes, at + 4 + indexLength);
    }

    /**
     * The catalog in {@code root}; {@code packed} null: its values are in the tree; otherwise the values left for later
     * are {@code [offset, length]} of packed trees in {@code packed} from {@code valuesAt}.
     */
    private static Catalog read(JsonNode root, String origin, byte[] packed, int valuesAt) throws IOException {
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException(origin + ": not a catalog of format " + FORMAT);
        }
        List<ProviderSpec> providers = new ArrayList<>();
        JsonNode list = root.path("providers");
        if (list.isArray()) {
            for (JsonNode p : list) {
                providers.add(provider(p, origin, packed, valuesAt));
            }
        }
        return new Catalog(root.path("llama_stack_version").asText(), root.path("product").asText(DEFAULT_PRODUCT),
                providers, strings(root.path("auto_routed_apis")), strings(root.path("routing_table_apis")),
                later(root.get("run_config_schema"), origin, packed, valuesAt),
                RunShapeJson.read(root.get("run_shape"), origin));
    }

    /** One provider object, its schema and default config left for later. */
    private static ProviderSpec provider(JsonNode fields, String origin, byte[] packed, int valuesAt)
            throws IOException {
        if (!fields.isObject()) {
            throw new IOException(origin + ": a provider is not an object");
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
                later(fields.get("config_schema"), origin, packed, valuesAt),
                later(fields.get("default_config"), origin, packed, valuesAt),
                "bundled");
    }

    private static LazyJson later(JsonNode value, String origin, byte[] packed, int valuesAt) throws IOException {
        if (value == null) {
            return LazyJson.of(MissingNode.getInstance());
        }
        return packed == null ? LazyJson.of(value) : LazyJson.ref(value, packed, valuesAt, origin);
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
