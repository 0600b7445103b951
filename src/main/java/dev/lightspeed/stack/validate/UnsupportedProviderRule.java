package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code provider-unsupported}: a provider Lightspeed Core does not support (marked not supported in its providers table, or not listed) and that
 * {@code allowUnsupported} does not name. Names the supported alternatives of that API and the exact entry that allows
 * it. An allowed one is reported at INFO ({@code provider-allowed-unsupported}) with its reason, so the exception
 * shows in every build log; an entry that allows nothing is a warning ({@code allow-unused}).
 */
final class UnsupportedProviderRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> allowed = ctx.model().allowUnsupported();
        Set<String> used = new HashSet<>();
        for (ProviderInstance p : ctx.model().providers()) {
            Optional<ProviderSpec> spec = ctx.catalog().find(p.api(), p.providerType());
            if (spec.isEmpty() || spec.get().supported()) {
                if (allowed.containsKey(p.providerType())) {
                    used.add(p.providerType());
                }
                continue;
            }
            String note = spec.get().support().note();
            if (allowed.containsKey(p.providerType())) {
                used.add(p.providerType());
                ctx.out().add(new Problem(Severity.INFO, RuleId.PROVIDER_ALLOWED_UNSUPPORTED, p.typeWhere(),
                        p.typePath(), p.providerType() + " (" + p.api()
                        + ") is not supported by Lightspeed Core; allowed: " + allowed.get(p.providerType()), ""));
                continue;
            }
            ctx.policy(RuleId.PROVIDER_UNSUPPORTED, p.typeWhere(), p.typePath(), p.providerType()
                    + " (" + p.api() + ") is not supported by Lightspeed Core (" + note + ")", fix(ctx, p));
        }
        for (String t : new java.util.TreeSet<>(allowed.keySet())) {
            if (used.contains(t)) {
                continue;
            }
            Location where = ctx.model().allowWhere().getOrDefault(t, Location.of(ctx.model().file()));
            ctx.out().warning(RuleId.ALLOW_UNUSED, where, "allowUnsupported", "allowUnsupported names " + t
                    + ", which no provider of this stack uses", "remove the entry");
        }
    }

    private static String fix(RuleContext ctx, ProviderInstance p) {
        String entry = ctx.model().allowHint().entry(p.providerType());
        List<ProviderSpec> supported = ctx.catalog().supportedFor(p.api());
        if (supported.isEmpty()) {
            String why = p.api().equals("safety") ? " (agents need a safety provider, yet LCS's providers table marks"
                    + " every safety provider not supported; LCS's own run.yaml runs inline::llama-guard this way)" : "";
            return "no " + p.api() + " provider is supported by Lightspeed Core" + why + "; to use this one anyway"
                    + " add " + entry;
        }
        return "use " + KnownProviderRule.names(supported) + ", or add " + entry;
    }

}
