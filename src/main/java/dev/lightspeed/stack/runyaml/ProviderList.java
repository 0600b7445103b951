package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * The providers of a run.yaml ({@code providers: {api: [ {provider_id, provider_type, config} ]}}, the same in both
 * releases), read from the resolved view. Disabled providers ({@code provider_id} empty, null or
 * {@code __disabled__} after substitution) are left out, as llama-stack leaves them out; so are entries whose shape
 * is wrong, which the top-level schema check reports. Paths use the index in the file as written.
 */
final class ProviderList {

    private ProviderList() {
    }

    static List<ProviderInstance> read(YMap resolvedRoot, YMap rawRoot) {
        List<ProviderInstance> out = new ArrayList<>();
        if (!(resolvedRoot.get("providers").orElse(null) instanceof YMap apis)) {
            return out;
        }
        YMap rawApis = rawRoot.get("providers").orElse(null) instanceof YMap m ? m : apis;
        for (YMap.Entry api : apis.entries().values()) {
            if (!(api.value() instanceof YSeq list)) {
                continue;
            }
            List<YNode> rawItems = rawApis.get(api.key()).orElse(null) instanceof YSeq rs ? rs.items() : list.items();
            for (YNode item : list.items()) {
                if (!(item instanceof YMap p)) {
                    continue;
                }
                YNode id = p.get("provider_id").orElse(null);
                if (id == null || EnvSubstitution.isDisabledId(id) || !(p.get("provider_type").orElse(null)
                        instanceof YScalar type) || !type.isString()) {
                    continue;
                }
                YMap config = p.get("config").orElse(null) instanceof YMap c ? c : new YMap(List.of(), p.location());
                String path = "providers." + api.key() + "[" + indexOf(rawItems, p.location()) + "]";
                String providerId = id instanceof YScalar s ? s.text() : "";
                out.add(new ProviderInstance(api.key(), providerId, type.text(), config, path, p.location(),
                        type.location()));
            }
        }
        return out;
    }

    static int indexOf(List<YNode> rawItems, Location where) {
        for (int i = 0; i < rawItems.size(); i++) {
            if (rawItems.get(i).location().equals(where)) {
                return i;
            }
        }
        return 0;
    }
}
