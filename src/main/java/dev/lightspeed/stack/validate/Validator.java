package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import java.util.List;

/** Runs every rule over a stack, adding the problems found to the caller's list. Stateless and thread-safe. */
public final class Validator {

    private static final List<Rule> RULES = List.of(
            new KnownProviderRule(),
            new UnsupportedProviderRule(),
            new DuplicateProviderIdRule(),
            new ConfigSchemaRule(),
            new ApiDependencyRule(),
            new ResourceBindingRule(),
            new UnregisteredResourceRule(),
            new EmbeddingDimensionRule(),
            new EnvReferenceRule(),
            new SwitchedProviderEnvRule(),
            new AzureEntraRule());

    private Validator() {
    }

    public static void validate(StackModel model, Policy policy, Problems out) {
        RuleContext ctx = new RuleContext(model, policy, out);
        for (Rule r : RULES) {
            r.check(ctx);
        }
    }
}
