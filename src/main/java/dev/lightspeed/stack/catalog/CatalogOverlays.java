package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.JsonTrees;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.text.Similar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Applies user catalog files on top of a bundled {@link Catalog}, in the order given. A user catalog is YAML (so
 * JSON works too):
 * <pre>
 * llamaStack: 0.3.5                    # optional: apply only to this release (otherwise to every release)
 * description: ACME policy             # optional, free text
 * providers:
 *   - api: inference                   # required for a new provider; may be left out when the type exists
 *     provider_type: remote::my-llm    #   under one API only. provider_type is always required
 *     pip_packages: ["my-llm-client>=1.2"]       # pip strings as llama-stack writes them
 *     api_dependencies: []             # optional_api_dependencies too
 *     config_schema: {type: object, properties: {url: {type: string}}, required: [url]}
 *     default_config: {url: "${env.MY_LLM_URL}"}
 *     supported: true                  # a new provider defaults to true: you added it to use it
 *     note: "ACME's own gateway"
 *     deprecated: false
 *   - api: inference
 *     provider_type: remote::vertexai  # an existing provider: only the fields given change
 *     supported: false
 *     note: "company policy: no Google endpoints"
 * </pre>
 * A new provider without {@code config_schema} accepts any config; without {@code default_config} its default
 * config is empty. Every error names the file, line, column and field. If any file has an error, no catalog is
 * returned at all: nothing is half-loaded. Thread-safe: holds no state.
 */
public final class CatalogOverlays {

    /** The outcome: the combined catalog when there are no errors, and every problem found. */
    public record Result(Optional<Catalog> catalog, List<Problem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private static final JsonNode ANY_OBJECT = JsonTrees.object().put("type", "object");

    private CatalogOverlays() {
    }

    /** {@code base} with the overlays of {@code files} applied, against the bundled releases. */
    public static Result apply(Catalog base, List<Path> files) {
        return apply(base, files, BundledCatalogs.RELEASES);
    }

    static Result apply(Catalog base, List<Path> files, List<String> knownReleases) {
        if (files.isEmpty()) {
            return new Result(Optional.of(base), List.of());
        }
        Problems problems = new Problems();
        OverlayReader reader = new OverlayReader(knownReleases);
        Map<ProviderKey, ProviderSpec> providers = new LinkedHashMap<>();
        base.providers().forEach(p -> providers.put(p.key(), p));
        for (Path file : files) {
            OverlayFile overlay = reader.read(file, problems);
            if (overlay == null || !overlay.appliesTo(base.release())) {
                continue;
            }
            Problems local = new Problems();
            Map<ProviderKey, ProviderSpec> next = new LinkedHashMap<>(providers);
            Map<ProviderKey, OverlayEntry> seen = new LinkedHashMap<>();
            for (OverlayEntry e : overlay.entries()) {
                apply(e, overlay.file(), servingApis(base), dependencyApis(base, next), next, seen, local);
            }
            problems.addAll(local.sorted());
            if (!local.hasErrors()) {
                providers.clear();
                providers.putAll(next);
            }
        }
        if (problems.hasErrors()) {
            return new Result(Optional.empty(), problems.sorted());
        }
        return new Result(Optional.of(new Catalog(base.release(), base.product(), new ArrayList<>(providers.values()),
                base.autoRoutedApis(), base.routingTableApis(), base::runConfigSchema, base.shape())), problems.sorted());
    }

    private static void apply(OverlayEntry e, String file, List<String> apis, List<String> dependencyApis,
            Map<ProviderKey, ProviderSpec> providers, Map<ProviderKey, OverlayEntry> seen, Problems out) {
        String api = e.api() != null ? e.api() : inferApi(e, providers, out);
        if (api == null) {
            return;
        }
        if (!apis.contains(api)) {
            List<String> close = Similar.closest(api, apis, 3);
            out.error(RuleId.CATALOG_UNKNOWN_API, e.apiWhere(), e.path() + ".api", "unknown API '" + api + "'; known: "
                    + String.join(", ", apis), close.isEmpty() ? "use one of the known APIs"
                            : "did you mean " + Similar.quotedList(close, "or") + "?");
            return;
        }
        checkDependencies(e, dependencyApis, out);
        ProviderKey key = new ProviderKey(api, e.providerType());
        OverlayEntry first = seen.putIfAbsent(key, e);
        if (first != null) {
            out.error(RuleId.CATALOG_DUPLICATE_PROVIDER, e.where(), e.path(),
                    key + " is already listed in this file at line "
                    + first.where().line(), "merge the two entries into one");
            return;
        }
        ProviderSpec old = providers.get(key);
        providers.put(key, old == null ? create(e, api, file) : change(old, e, file));
    }

    private static String inferApi(OverlayEntry e, Map<ProviderKey, ProviderSpec> providers, Problems out) {
        List<String> apis = providers.keySet().stream().filter(k -> k.providerType().equals(e.providerType()))
                .map(ProviderKey::api).toList();
        if (apis.size() == 1) {
            return apis.get(0);
        }
        String why = apis.isEmpty() ? e.providerType() + " is a new provider, so its API must be given"
                : e.providerType() + " exists under several APIs (" + String.join(", ", apis) + ")";
        out.error(RuleId.CATALOG_MISSING_FIELD, e.where(), e.path() + ".api", why,
                "add 'api:' (e.g. 'api: " + (apis.isEmpty() ? "inference" : apis.get(0)) + "')");
        return null;
    }

    private static void checkDependencies(OverlayEntry e, List<String> apis, Problems out) {
        List<String> deps = new ArrayList<>();
        if (e.apiDependencies() != null) {
            deps.addAll(e.apiDependencies());
        }
        if (e.optionalApiDependencies() != null) {
            deps.addAll(e.optionalApiDependencies());
        }
        for (String d : deps) {
            if (!apis.contains(d)) {
                List<String> close = Similar.closest(d, apis, 2);
                out.error(RuleId.CATALOG_UNKNOWN_API, e.where(), e.path() + ".api_dependencies",
                        "unknown API '" + d + "'",
                        close.isEmpty() ? "known: " + String.join(", ", apis)
                                : "did you mean " + Similar.quotedList(close, "or") + "?");
            }
        }
    }

    private static ProviderSpec create(OverlayEntry e, String api, String file) {
        boolean supported = e.supported() == null || e.supported();
        return new ProviderSpec(api, e.providerType(),
                new Support(supported, e.note() != null ? e.note() : "added by user catalog " + file),
                orEmpty(e.pipPackages()), orEmpty(e.requirements()), orEmpty(e.apiDependencies()),
                orEmpty(e.optionalApiDependencies()), Boolean.TRUE.equals(e.deprecated()), false,
                e.configSchema() != null ? e.configSchema() : ANY_OBJECT,
                e.defaultConfig() != null ? e.defaultConfig() : JsonTrees.object(), file);
    }

    private static ProviderSpec change(ProviderSpec old, OverlayEntry e, String file) {
        Support support = old.support();
        if (e.supported() != null || e.note() != null) {
            boolean supported = e.supported() != null ? e.supported() : old.supported();
            support = new Support(supported, e.note() != null ? e.note()
                    : "user catalog " + file + ": marked " + (supported ? "supported" : "unsupported"));
        }
        return new ProviderSpec(old.api(), old.providerType(), support,
                e.pipPackages() != null ? e.pipPackages() : old.pipPackages(),
                e.requirements() != null ? e.requirements() : old.requirements(),
                e.apiDependencies() != null ? e.apiDependencies() : old.apiDependencies(),
                e.optionalApiDependencies() != null ? e.optionalApiDependencies() : old.optionalApiDependencies(),
                e.deprecated() != null ? e.deprecated() : old.deprecationWarning(),
                Boolean.FALSE.equals(e.deprecated()) ? false : old.deprecationError(),
                e.configSchema() != null ? e.configSchema() : old.configSchema(),
                e.defaultConfig() != null ? e.defaultConfig() : old.defaultConfig(), file);
    }

    /** APIs a provider may serve: those the release has providers for, plus its auto-routed ones. */
    static List<String> servingApis(Catalog base) {
        TreeSet<String> all = new TreeSet<>(base.apis());
        all.addAll(base.autoRoutedApis());
        return List.copyOf(all);
    }

    /** APIs a provider may depend on: the serving ones, routing tables, and whatever a catalog provider depends on. */
    static List<String> dependencyApis(Catalog base, Map<ProviderKey, ProviderSpec> providers) {
        TreeSet<String> all = new TreeSet<>(servingApis(base));
        all.addAll(base.routingTableApis());
        providers.values().forEach(p -> {
            all.addAll(p.apiDependencies());
            all.addAll(p.optionalApiDependencies());
        });
        return List.copyOf(all);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
