package dev.lightspeed.stack.model;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stack as the rules see it, whatever it was read from (a declaration or a hand-written run.yaml): the target
 * release's catalog, the APIs served, the providers and the resources. The same rules run over both.
 *
 * @param file             the file as the user named it
 * @param apis             the APIs the stack serves (a run.yaml's {@code apis:}; derived for a declaration)
 * @param apisWhere        where {@code apis:} is
 * @param allowUnsupported provider types allowed despite the LCS policy, with the reason given
 * @param allowWhere       where each {@code allowUnsupported} entry is
 * @param document         the whole source document, walked by document-wide rules (may be null)
 * @param allowHint        how fixes tell the user to allow an unsupported provider
 * @param run              a run.yaml as llama-stack reads it (environment references resolved, the release's
 *                         leniencies applied), for the rules only a file needs; null for a declaration
 */
public record StackModel(String file, Catalog catalog, List<String> apis, Location apisWhere,
        List<ProviderInstance> providers, List<ResourceRef> resources, Map<String, String> allowUnsupported,
        Map<String, Location> allowWhere, YNode document, AllowHint allowHint, YMap run) {

    public StackModel {
        apis = List.copyOf(apis);
        providers = List.copyOf(providers);
        resources = List.copyOf(resources);
        allowUnsupported = Map.copyOf(allowUnsupported);
        allowWhere = Map.copyOf(allowWhere);
    }

    /** A stack read from a declaration. */
    public StackModel(String file, Catalog catalog, List<String> apis, Location apisWhere,
            List<ProviderInstance> providers, List<ResourceRef> resources, Map<String, String> allowUnsupported,
            Map<String, Location> allowWhere, YNode document) {
        this(file, catalog, apis, apisWhere, providers, resources, allowUnsupported, allowWhere, document,
                AllowHint.DECLARATION, null);
    }

    public Optional<ProviderInstance> provider(String providerId) {
        for (ProviderInstance p : providers) {
            if (p.providerId().equals(providerId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public List<ProviderInstance> providersOf(String api) {
        List<ProviderInstance> out = new ArrayList<>();
        for (ProviderInstance p : providers) {
            if (p.api().equals(api)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether a dependency on {@code api} goes unmet as Lightspeed Core reads it ({@code api-dependency} under policy
     * lcs): the release has providers for it (it is no routing table), yet the stack declares none.
     */
    public boolean lacksProviderFor(String api) {
        return !catalog.routingTableApis().contains(api) && !catalog.forApi(api).isEmpty()
                && providersOf(api).isEmpty();
    }

    /**
     * Whether llama-stack registers {@code r} at start-up: its release registers the kind from run.yaml, and its
     * source does not keep it from being registered ({@link ResourceRef#registered}).
     */
    public boolean registers(ResourceRef r) {
        if (!r.registered()) {
            return false;
        }
        Optional<ResourceShape> shape = catalog.shape().resource(r.kind());
        return shape.isPresent() && shape.get().registeredAtStartup();
    }

    public boolean serves(String api) {
        return apis.contains(api);
    }
}
