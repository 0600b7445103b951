package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import java.util.List;

/** Runs the shared rules over a stack (and a source's own rules after them), adding the problems found to the caller's list. Stateless and thread-safe. */
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
        validate(model, policy, out, List.of());
    }

    /** The shared rules and then {@code own}: a declaration's or a file's own rules. */
    public static void validate(StackModel model, Policy policy, Problems out, List<? extends Rule> own) {
        RuleContext ctx = new RuleContext(model, policy, out);
        for (Rule r : RULES) {
            r.check(ctx);
        }
        for (Rule r : own) {
            r.check(ctx);
        }
    }
}
