package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code run-api-not-served}: providers configured for an API a run.yaml's {@code apis:} list leaves out (llama-stack
 * starts them, yet does not serve the API), an error under {@link Policy#LCS} and a warning under
 * {@link Policy#LLAMA_STACK}. An empty or missing list serves every API that has providers. Entries that stop
 * llama-stack (no such API, no implementation) are {@link StartupChecks}'.
 */
final class ApiNotServedRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        check(ctx.model().run(), ctx.catalog(), ctx.model().providers(), ctx.policy(), ctx.out());
    }

    private static void check(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers, Policy policy,
            Problems out) {
        if (!(resolvedRoot.get("apis").orElse(null) instanceof YSeq list) || list.items().isEmpty()) {
            return;
        }
        Set<String> listed = new LinkedHashSet<>(ApiList.read(resolvedRoot));
        Set<String> reported = new LinkedHashSet<>();
        for (ProviderInstance p : providers) {
            if (!listed.contains(p.api()) && catalog.hasApi(p.api()) && reported.add(p.api())) {
                out.report(RuleId.RUN_API_NOT_SERVED, policy.lcs(), p.where(), p.path(), "providers are configured for "
                        + p.api() + ", but 'apis:' does not list it: " + catalog.productName() + " starts them and serves no "
                        + p.api() + " API", "add '- " + p.api() + "' to apis, or remove the " + p.api()
                        + " providers");
            }
        }
    }
}
