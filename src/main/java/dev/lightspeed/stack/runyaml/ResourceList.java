package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.DatasetBinding;
import dev.lightspeed.stack.model.FieldLocations;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources a run.yaml registers: 0.3.x {@code registered_resources: {models: […], vector_stores: […], …}},
 * 0.2.x top-level {@code models:}, {@code vector_dbs:}, …, read from the resolved view. llama-stack's
 * {@code register_resources} skips an entry whose {@code provider_id} is empty, null or {@code __disabled__}: an entry
 * switched off through {@code ${env.X:+id}} is left out silently; an entry without any {@code provider_id} is left out
 * with {@code resource-no-provider} (llama-stack never registers it, and says nothing), an error under
 * {@link Policy#LCS}, a warning under {@link Policy#LLAMA_STACK}. Where the release accepts {@code provider_id: all}
 * ({@link ResourceShape#providerIdAll()}, OGX models) the entry is bound to the first provider of its API. A list the
 * release deprecates ({@link ResourceShape#deprecated()}, OGX {@code tool_groups}) is emptied with
 * {@code resource-deprecated}, a warning under both policies. A dataset (whose input model has no
 * {@code provider_id}) is bound to the provider llama-stack infers ({@link DatasetBinding}).
 */
final class ResourceList {

    private ResourceList() {
    }

    /** The map the resource lists are in: the root, or its {@code registered_resources:}; null when absent. */
    static YMap section(YMap resolvedRoot, RunShape shape) {
        if (shape.resourceSection().isEmpty()) {
            return resolvedRoot;
        }
        return resolvedRoot.get(shape.resourceSection().get()).orElse(null) instanceof YMap rr ? rr : null;
    }

    static List<ResourceRef> read(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers,
            Policy policy, Problems out) {
        RunShape shape = catalog.shape();
        List<ResourceRef> refs = new ArrayList<>();
        YMap section = section(resolvedRoot, shape);
        if (section == null) {
            return refs;
        }
        String prefix = shape.resourcePrefix();
        for (ResourceShape rs : shape.resources().values()) {
            if (!(section.get(rs.key()).orElse(null) instanceof YSeq list)) {
                continue;
            }
            if (rs.deprecated()) {
                if (!list.items().isEmpty()) {
                    out.warning(RuleId.RESOURCE_DEPRECATED, list.location(), prefix + rs.key(), prefix + rs.key()
                            + " is deprecated in this release: it is emptied at start-up with a warning, so none of its"
                            + " " + list.items().size() + " entries is registered", "remove it; "
                            + rs.kind().label() + "s come from the " + rs.kind().api() + " providers themselves");
                }
                continue;
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof YMap entry) {
                    read(entry, rs, prefix + rs.key() + "[" + i + "]", providers, policy, catalog.productName(),
                            refs, out);
                }
            }
        }
        return refs;
    }

    private static void read(YMap entry, ResourceShape rs, String path, List<ProviderInstance> providers,
            Policy policy, String product, List<ResourceRef> refs, Problems out) {
        ResourceKind kind = rs.kind();
        String idField = rs.idField();
        if (!(entry.get(idField).orElse(null) instanceof YScalar id) || id.isNull()) {
            return;
        }
        if (kind == ResourceKind.DATASET) {
            DatasetBinding.provider(entry.get("metadata").map(YNode::toPlain).orElse(null),
                    entry.get("source").map(YNode::toPlain).orElse(null)).ifPresent(p -> refs.add(
                    ref(kind, id.text(), p, path, entry)));
            return;
        }
        Optional<YNode> pid = entry.get("provider_id");
        if (pid.isEmpty()) {
            String msg = kind.label() + " '" + id.text() + "' names no provider_id, so " + product
                    + " never registers it (register_resources skips it without a word)";
            String fix = "add 'provider_id:' naming one of the " + kind.api() + " providers";
            out.report(RuleId.RESOURCE_NO_PROVIDER, policy.lcs(), entry.location(), path, msg, fix);
            return;
        }
        if (EnvSubstitution.isDisabledId(pid.get()) || !(pid.get() instanceof YScalar p)) {
            return;
        }
        String bound = rs.providerIdAll() && p.text().equals(ALL) ? firstProvider(kind.api(), providers) : p.text();
        refs.add(ref(kind, id.text(), bound == null ? p.text() : bound, path, entry));
    }

    /** {@code provider_id: all} (OGX models): registered on the first configured provider of the API. */
    static final String ALL = "all";

    /** The id of the first enabled provider of an API, or null. */
    static String firstProvider(String api, List<ProviderInstance> providers) {
        for (ProviderInstance q : providers) {
            if (q.api().equals(api)) {
                return q.providerId();
            }
        }
        return null;
    }

    /**
     * A resource of the file, with its entry's fields; whether llama-stack registers it is the reader's to say
     * ({@link ResourceRef#withRegistered}).
     */
    @SuppressWarnings("unchecked")
    private static ResourceRef ref(ResourceKind kind, String id, String providerId, String path, YMap entry) {
        return new ResourceRef(kind, id, providerId, path, entry.location(), FieldLocations.of(entry, null),
                "provider_id", (Map<String, Object>) entry.toPlain(), true);
    }
}
