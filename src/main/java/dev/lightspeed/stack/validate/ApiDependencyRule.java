package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Words;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code api-dependency}: every API a provider depends on must have a provider in the stack (agents needs
 * inference, safety, vector_io, tool_runtime, …). Routing tables ({@code models}, {@code tool_groups}, …) and APIs
 * that no provider implements ({@code conversations}, …) are llama-stack's own and need nothing. This is the LCS
 * reading (a provider must serve the API); llama-stack itself is content with an empty router, so under its policy
 * the caller checks what {@code instantiate_providers} does instead.
 */
final class ApiDependencyRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.policy().lcs()) {
            return; // llama-stack's own reading (an implementation, even an empty router, is enough) is the caller's
        }
        Catalog c = ctx.catalog();
        Set<String> reported = new LinkedHashSet<>();
        for (ProviderInstance p : ctx.model().providers()) {
            ProviderSpec spec = c.find(p.api(), p.providerType()).orElse(null);
            if (spec == null) {
                continue;
            }
            for (String dep : spec.apiDependencies()) {
                if (!ctx.model().lacksProviderFor(dep) || !reported.add(p.path() + dep)) {
                    continue;
                }
                ctx.out().error(RuleId.API_DEPENDENCY, p.typeWhere(), p.path(), p.providerType() + " (" + p.api()
                        + ") needs the " + dep + " API, and no " + dep + " provider is declared", fix(ctx, dep));
            }
        }
    }

    private static String fix(RuleContext ctx, String dep) {
        Catalog c = ctx.catalog();
        if (c.supportedFor(dep).isEmpty()) {
            String lcs = dep.equals("safety") ? "inline::llama-guard" : c.forApi(dep).get(0).providerType();
            String entry = c.byType(lcs).size() > 1 ? "{type: " + lcs + ", api: " + dep + "}" : "{type: " + lcs + "}";
            return "add " + Words.article(dep) + " provider; none is supported by Lightspeed Core (its"
                    + " providers table marks every " + dep + " row not supported), so LCS's own run.yaml uses " + lcs + " as an exception: add"
                    + " '- " + entry + "' to providers and " + ctx.model().allowHint().entry(lcs);
        }
        return "add " + Words.article(dep) + " provider, e.g. " + KnownProviderRule.names(c.supportedFor(dep));
    }
}
