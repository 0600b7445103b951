package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.problem.RuleId;

/**
 * {@code resource-not-registered} (warning): a resource llama-stack's {@code register_resources} does not register
 * at start-up, so it is never checked or created: its release registers nothing of its kind from run.yaml (0.3.x
 * {@code registered_resources.vector_stores}: the catalog's {@code run_shape}), or the stack does not serve its
 * routing table ({@code apis:} leaves its API out). The same rule for a declaration and a run.yaml; a run.yaml's
 * resources are reported under policy {@code llama-stack} only (under {@code lcs} the binding rules judge them), in
 * words about the file rather than about what generate writes.
 */
final class UnregisteredResourceRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        RunShape shape = ctx.catalog().shape();
        for (ResourceRef r : ctx.model().resources()) {
            if (!r.declared() && ctx.policy().lcs()) {
                continue;
            }
            ResourceShape rs = shape.resource(r.kind()).orElse(null);
            String label = r.kind().label();
            if (rs != null && !rs.registeredAtStartup() && !r.declared()) {
                ctx.out().warning(RuleId.RESOURCE_NOT_REGISTERED, r.where(), r.path(), ctx.catalog().displayName()
                        + " never registers " + shape.resourcePrefix() + rs.key()
                        + " at start-up (register_resources has no entry for them), so '" + r.id()
                        + "' is not checked or created", "create the " + label
                        + " through the API, or keep it for documentation only");
            } else if (rs != null && !rs.registeredAtStartup()) {
                ctx.out().warning(RuleId.RESOURCE_NOT_REGISTERED, r.where(), r.path(), ctx.catalog().displayName()
                        + " does not register " + label + "s from run.yaml at start-up"
                        + " (register_resources has no entry for " + shape.resourcePrefix() + rs.key() + "), so '"
                        + r.id() + "' is written but not created", "create the "
                        + label + " through the API at run time, or remove it from " + r.section() + ":");
            } else if (!r.registered()) {
                ctx.out().warning(RuleId.RESOURCE_NOT_REGISTERED, r.where(), r.path(), label + " '" + r.id()
                        + "' is not registered: the " + r.kind().api() + " API is not served, so " + ctx.catalog().productName() + " skips"
                        + " every " + label, "add '- " + r.kind().api() + "' to apis");
            }
        }
    }
}
