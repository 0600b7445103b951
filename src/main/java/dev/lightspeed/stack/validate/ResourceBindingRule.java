package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code resource-provider-missing}: a resource names a provider id that the stack does not have.
 * {@code resource-provider-api}: it names a provider of another API (a model bound to a vector_io provider).
 * {@code resource-provider-ambiguous}: it names none while several providers could serve it.
 * {@code resource-duplicate-id}: two resources of one kind with the same id (policy lcs; llama-stack's own rule,
 * by registry identifier and content, is the caller's).
 */
final class ResourceBindingRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Map<String, ResourceRef> seen = new HashMap<>();
        for (ResourceRef r : ctx.model().resources()) {
            if (!ctx.policy().lcs() && !r.registered()) {
                continue; // llama-stack never looks at it: UnregisteredResourceRule says so
            }
            ResourceRef first = seen.putIfAbsent(r.kind() + "\u0000" + r.id(), r);
            if (first != null && r.id() != null && ctx.policy().lcs()) {
                ctx.out().error(RuleId.RESOURCE_DUPLICATE_ID, r.where(), r.path(), r.kind().label() + " '" + r.id()
                        + "' is registered twice (first at " + first.path() + ")", "remove one of them");
            }
            check(ctx, r);
        }
    }

    private static final java.util.regex.Pattern CONDITIONAL = java.util.regex.Pattern.compile(
            "\\$\\{env\\.[A-Z0-9_]+:\\+([^}]*)}");

    /**
     * The provider id behind {@code ${env.X:+id}} (llama-stack's way to register a resource only when X is set: the
     * reference resolves to {@code id}, or to nothing and the resource is skipped); any other id as it is.
     */
    static String conditional(String providerId) {
        java.util.regex.Matcher m = CONDITIONAL.matcher(providerId);
        return m.matches() ? m.group(1) : providerId;
    }

    private static void check(RuleContext ctx, ResourceRef r) {
        ResourceKind k = r.kind();
        List<ProviderInstance> candidates = ctx.model().providersOf(k.api());
        String what = k.label() + " '" + r.id() + "'";
        if ("all".equals(r.providerId()) && !candidates.isEmpty() && ctx.catalog().shape().resource(k)
                .filter(ResourceShape::providerIdAll).isPresent()) {
            return; // registered under its bare id on the first configured provider (OGX models)
        }
        if (r.providerId() == null || r.providerId().isEmpty()) {
            if (!k.bindsProvider() && !candidates.isEmpty()) {
                return;
            }
            if (candidates.isEmpty()) {
                ctx.out().error(RuleId.RESOURCE_PROVIDER_MISSING, r.providerWhere(), r.path(),
                        what + " needs " + Words.article(k.api())
                        + " provider, and the stack has none", "add " + Words.article(k.api()) + " provider");
            } else if (candidates.size() > 1) {
                ctx.out().error(RuleId.RESOURCE_PROVIDER_AMBIGUOUS, r.providerWhere(), r.path(), what + " names no provider,"
                        + " and " + candidates.size() + " " + k.api() + " providers could serve it", "name one: "
                        + String.join(", ", candidates.stream().map(ProviderInstance::providerId).toList()));
            }
            return;
        }
        String bound = conditional(r.providerId());
        for (ProviderInstance p : candidates) {
            if (p.providerId().equals(r.providerId()) || p.providerId().equals(bound)) {
                return;
            }
        }
        Optional<ProviderInstance> other = ctx.model().provider(r.providerId());
        List<String> ids = candidates.stream().map(ProviderInstance::providerId).toList();
        if (other.isPresent()) {
            ctx.out().error(RuleId.RESOURCE_PROVIDER_API, r.providerWhere(), r.providerPath(), what
                    + " is bound to '" + r.providerId() + "', " + Words.article(other.get().api()) + " provider; "
                    + Words.article(k.label()) + " needs " + Words.article(k.api()) + " provider", ids.isEmpty()
                    ? "add " + Words.article(k.api()) + " provider" : "bind it to " + Similar.quotedList(ids, "or"));
            return;
        }
        List<String> close = Similar.closest(r.providerId(), ids, 1);
        String fix = !close.isEmpty() ? "did you mean '" + close.get(0) + "'?"
                : ids.isEmpty() ? "add a " + k.api() + " provider with id '" + r.providerId() + "'"
                : "bind it to " + Similar.quotedList(ids, "or") + ", or add a provider with id '" + r.providerId() + "'";
        ctx.out().error(RuleId.RESOURCE_PROVIDER_MISSING, r.providerWhere(), r.providerPath(), what
                + " is bound to provider '" + r.providerId() + "', which is not declared", fix);
    }
}
