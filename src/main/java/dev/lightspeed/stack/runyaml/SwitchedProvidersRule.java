package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.validate.SwitchedProviderEnvRule;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The providers of a run.yaml as written whose {@code provider_id} resolves empty in the smallest environment
 * ({@code ${env.X:+id}}): {@link ProviderList} leaves them out, as llama-stack does after expanding them, so their bare
 * references are checked here ({@link SwitchedProviderEnvRule}). Entries whose id resolves to {@code __disabled__}
 * are never expanded and count nowhere.
 */
final class SwitchedProvidersRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        check((YMap) ctx.model().document(), ctx.out());
    }

    private static void check(YMap raw, Problems out) {
        if (!(raw.get("providers").orElse(null) instanceof YMap apis)) {
            return;
        }
        List<ProviderInstance> off = new ArrayList<>();
        Set<String> set = new HashSet<>();
        BiConsumer<String, SwitchedProviderEnvRule.Found> names = new BiConsumer<>() {
            @Override
            public void accept(String name, SwitchedProviderEnvRule.Found where) {
                set.add(name);
            }
        };
        for (YMap.Entry top : raw.entries().values()) {
            if (!top.key().equals("providers")) {
                SwitchedProviderEnvRule.bare(top.value(), top.key(), names);
            }
        }
        for (YMap.Entry api : apis.entries().values()) {
            if (!(api.value() instanceof YSeq list)) {
                continue;
            }
            for (int i = 0; i < list.items().size(); i++) {
                YNode item = list.items().get(i);
                String path = "providers." + api.key() + "[" + i + "]";
                YScalar id = item instanceof YMap p && p.get("provider_id").orElse(null) instanceof YScalar s
                        && s.isString() && s.text().contains("${") ? s : null;
                YScalar resolved = id == null ? null : EnvSubstitution.resolveScalar(id);
                if (resolved != null && resolved.isString() && resolved.text().equals(EnvSubstitution.DISABLED)) {
                    continue;
                }
                if (resolved != null && EnvSubstitution.isDisabledId(resolved)) {
                    YMap p = (YMap) item;
                    YMap config = p.get("config").orElse(null) instanceof YMap c ? c : new YMap(List.of(),
                            p.location());
                    String type = p.text("provider_type");
                    off.add(new ProviderInstance(api.key(), id.text(), type == null ? "" : type, config, path,
                            p.location(), p.location()));
                } else {
                    SwitchedProviderEnvRule.bare(item, path, names);
                }
            }
        }
        SwitchedProviderEnvRule.check(off, set, out);
    }
}
