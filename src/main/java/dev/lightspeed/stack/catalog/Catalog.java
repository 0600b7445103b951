package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Everything the plugin knows of one llama-stack release: its providers (with LCS support), the APIs it can serve,
 * the JSON Schema of a run.yaml's top level and the run.yaml's {@link RunShape}. Immutable and safe to share between threads.
 */
public final class Catalog {

    /** By API, then provider type (a plain comparator: no lambda to spin on a build's first call). */
    private static final Comparator<ProviderSpec> BY_KEY = new Comparator<>() {
        @Override
        public int compare(ProviderSpec a, ProviderSpec b) {
            return a.key().compareTo(b.key());
        }
    };

    private final String release;
    private final List<ProviderSpec> providers;
    private final Map<ProviderKey, ProviderSpec> byKey;
    private final List<String> apis;
    private final List<String> autoRoutedApis;
    private final List<String> routingTableApis;
    private final Supplier<JsonNode> runConfigSchema;
    private final RunShape shape;
    private final String product;

    public Catalog(String release, List<ProviderSpec> providers, List<String> autoRoutedApis,
            List<String> routingTableApis, JsonNode runConfigSchema, RunShape shape) {
        this(release, CatalogJson.DEFAULT_PRODUCT, providers, autoRoutedApis, routingTableApis, runConfigSchema, shape);
    }

    /** @param product {@code llama-stack} or {@code ogx}, for messages */
    public Catalog(String release, String product, List<ProviderSpec> providers, List<String> autoRoutedApis,
            List<String> routingTableApis, JsonNode runConfigSchema, RunShape shape) {
        this(release, product, providers, autoRoutedApis, routingTableApis, LazyJson.of(runConfigSchema), shape);
    }

    /** With the run-config schema parsed on first use. */
    Catalog(String release, String product, List<ProviderSpec> providers, List<String> autoRoutedApis,
            List<String> routingTableApis, Supplier<JsonNode> runConfigSchema, RunShape shape) {
        this.release = release;
        this.product = product;
        List<ProviderSpec> sorted = new ArrayList<>(providers);
        sorted.sort(BY_KEY);
        this.providers = List.copyOf(sorted);
        Map<ProviderKey, ProviderSpec> m = new LinkedHashMap<>();
        TreeSet<String> apiSet = new TreeSet<>();
        for (ProviderSpec p : sorted) {
            m.put(p.key(), p);
            apiSet.add(p.api());
        }
        this.byKey = Collections.unmodifiableMap(m);
        this.apis = List.copyOf(apiSet);
        this.autoRoutedApis = List.copyOf(autoRoutedApis);
        this.routingTableApis = List.copyOf(routingTableApis);
        this.runConfigSchema = runConfigSchema;
        this.shape = shape;
    }

    public String release() {
        return release;
    }

    /** Sorted by API, then provider type. */
    public List<ProviderSpec> providers() {
        return providers;
    }

    public Optional<ProviderSpec> find(String api, String providerType) {
        return Optional.ofNullable(byKey.get(new ProviderKey(api, providerType)));
    }

    /** Every provider of this type, whatever its API. */
    public List<ProviderSpec> byType(String providerType) {
        List<ProviderSpec> out = new ArrayList<>();
        for (ProviderSpec p : providers) {
            if (p.providerType().equals(providerType)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    public List<ProviderSpec> forApi(String api) {
        return forApi(api, false);
    }

    public List<ProviderSpec> supportedFor(String api) {
        return forApi(api, true);
    }

    private List<ProviderSpec> forApi(String api, boolean supportedOnly) {
        List<ProviderSpec> out = new ArrayList<>();
        for (ProviderSpec p : providers) {
            if (p.api().equals(api) && (p.supported() || !supportedOnly)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** The APIs that some provider implements, sorted. */
    public List<String> apis() {
        return apis;
    }

    public boolean hasApi(String api) {
        return apis.contains(api);
    }

    public List<String> providerTypes() {
        TreeSet<String> out = new TreeSet<>();
        for (ProviderSpec p : providers) {
            out.add(p.providerType());
        }
        return List.copyOf(out);
    }

    public List<String> autoRoutedApis() {
        return autoRoutedApis;
    }

    /** Routing tables ({@code models}, {@code shields}, …) that llama-stack adds by itself. */
    public List<String> routingTableApis() {
        return routingTableApis;
    }

    /** JSON Schema of a run.yaml's top level (llama-stack's StackRunConfig), or a MissingNode if unknown. */
    public JsonNode runConfigSchema() {
        return runConfigSchema.get();
    }

    /** How messages name the release: {@code llama-stack 0.3.5}, {@code OGX 1.0.2}. */
    public String displayName() {
        return productName() + " " + release;
    }

    /** The product as messages name it: {@code llama-stack}, or {@code OGX} (llama-stack renamed). */
    public String productName() {
        return productName(product);
    }

    /** {@code ogx} → {@code OGX}; any other product as it is written ({@code llama-stack}). */
    static String productName(String product) {
        return product.equals("ogx") ? "OGX" : product;
    }

    public String product() {
        return product;
    }

    /** The shape of this release's run.yaml: every release-specific fact beyond the providers. */
    public RunShape shape() {
        return shape;
    }

    public int size() {
        return providers.size();
    }
}
