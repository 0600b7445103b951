package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;

/** What a rule sees: the stack, its release's catalog, the policy, and where problems go. */
public record RuleContext(StackModel model, Policy policy, Problems out) {

    public Catalog catalog() {
        return model.catalog();
    }

    /** A problem at the rule's severity under the policy (an error under LCS's, a warning under llama-stack's). */
    public void policy(RuleId rule, Location where, String path, String message, String fix) {
        out.report(rule, policy.lcs(), where, path, message, fix);
    }
}
