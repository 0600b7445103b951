package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Words;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;

/**
 * {@code api-dependency} as llama-stack starts a run.yaml: {@code instantiate_providers} fails ("Failed to resolve
 * …") when a required API has no implementation (a router without providers satisfies it); under
 * {@link dev.lightspeed.stack.validate.Policy#LLAMA_STACK} a dependency met only by an empty router is a warning.
 * What the shared {@code ApiDependencyRule} reports under policy lcs is left to it.
 */
final class StartupDependencyRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StackModel m = ctx.model();
        check(m, StartupChecks.served(m), ctx.policy(), ctx.out());
    }

    /** {@code instantiate_providers}: every required API dependency must have an implementation. */
    private static void check(StackModel m, StartupChecks.Served served, Policy policy, Problems out) {
        Catalog catalog = m.catalog();
        for (ProviderInstance p : m.providers()) {
            ProviderSpec spec = catalog.find(p.api(), p.providerType()).orElse(null);
            if (spec == null) {
                continue;
            }
            for (String dep : spec.apiDependencies()) {
                boolean ruleReports = policy.lcs() && m.lacksProviderFor(dep);
                if (!served.forDependencies().contains(dep) && !ruleReports) {
                    out.error(RuleId.API_DEPENDENCY, p.typeWhere(), p.path(), p.providerType() + " (" + p.api()
                            + ") needs the " + dep + " API, which has no implementation in this stack; "
                            + catalog.productName() + " refuses to start (\"Failed to resolve '" + p.api()
                            + "' provider '" + p.providerId() + "' … required dependency '" + dep
                            + "' is not available\")", dependencyFix(catalog,
                            dep, served));
                } else if (served.forDependencies().contains(dep) && !policy.lcs() && !catalog.forApi(dep).isEmpty()
                        && m.providersOf(dep).isEmpty()) {
                    out.warning(RuleId.API_DEPENDENCY, p.typeWhere(), p.path(), p.providerType() + " (" + p.api()
                            + ") needs the " + dep + " API, which no provider serves: " + catalog.productName() + " starts it with an"
                            + " empty " + dep + " router, and calls to it fail", "add " + Words.article(dep)
                            + " provider");
                }
            }
        }
    }

    private static String dependencyFix(Catalog catalog, String dep, StartupChecks.Served served) {
        if (catalog.shape().routers().containsKey(dep) && served.apisListed()) {
            return "add '- " + dep + "' to apis";
        }
        String router = catalog.shape().routingTables().get(dep);
        if (router != null) {
            return "add '- " + router + "' to apis";
        }
        return "add " + Words.article(dep) + " provider";
    }
}
