package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.model.DatasetBinding;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resources a run.yaml registers: 0.3.x {@code registered_resources: {models: […], vector_stores: […], …}},
 * 0.2.x top-level {@code models:}, {@code vector_dbs:}, …, read from the resolved view. llama-stack's
 * {@code register_resources} skips an entry whose {@code provider_id} is empty, null or {@code __disabled__}: an entry
 * switched off through {@code ${env.X:+id}} is left out silently; an entry without any {@code provider_id} is left out
 * with {@code resource-no-provider} (llama-stack never registers it, and says nothing), an error under
 * {@link Policy#LCS}, a warning under {@link Policy#LLAMA_STACK}. A dataset (whose input model has no
 * {@code provider_id}) is bound to the provider llama-stack infers ({@link DatasetBinding}).
 */
final class ResourceList {

    private ResourceList() {
    }

    static List<ResourceRef> read(YMap resolvedRoot, boolean storageShape, Policy policy, Problems out) {
        List<ResourceRef> refs = new ArrayList<>();
        YMap section = resolvedRoot;
        String prefix = "";
        if (storageShape) {
            if (!(resolvedRoot.get("registered_resources").orElse(null) instanceof YMap rr)) {
                return refs;
            }
            section = rr;
            prefix = "registered_resources.";
        }
        for (ResourceKind kind : ResourceKind.values()) {
            String key = kind.keyFor(storageShape);
            if (!(section.get(key).orElse(null) instanceof YSeq list)) {
                continue;
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof YMap entry) {
                    read(entry, kind, prefix + key + "[" + i + "]", storageShape, policy, refs, out);
                }
            }
        }
        return refs;
    }

    private static void read(YMap entry, ResourceKind kind, String path, boolean storageShape, Policy policy,
            List<ResourceRef> refs, Problems out) {
        String idField = kind.idFieldFor(storageShape);
        if (!(entry.get(idField).orElse(null) instanceof YScalar id) || id.isNull()) {
            return;
        }
        if (kind == ResourceKind.DATASET) {
            DatasetBinding.provider(entry.get("metadata").map(YNode::toPlain).orElse(null),
                    entry.get("source").map(YNode::toPlain).orElse(null)).ifPresent(p -> refs.add(
                    new ResourceRef(kind, id.text(), p, path, entry.location(), entry.location())));
            return;
        }
        Optional<YNode> pid = entry.get("provider_id");
        if (pid.isEmpty()) {
            String msg = kind.label() + " '" + id.text() + "' names no provider_id, so llama-stack never registers it"
                    + " (register_resources skips it without a word)";
            String fix = "add 'provider_id:' naming one of the " + kind.api() + " providers";
            if (policy.lcs()) {
                out.error("resource-no-provider", entry.location(), path, msg, fix);
            } else {
                out.warning("resource-no-provider", entry.location(), path, msg, fix);
            }
            return;
        }
        if (EnvSubstitution.isDisabledId(pid.get()) || !(pid.get() instanceof YScalar p)) {
            return;
        }
        refs.add(new ResourceRef(kind, id.text(), p.text(), path, entry.location(), p.location()));
    }
}
