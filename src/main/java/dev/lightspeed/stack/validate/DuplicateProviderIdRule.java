package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code provider-duplicate-id}: two providers of the same API with the same {@code provider_id}. (The same id under
 * two APIs is fine: llama-stack's own distributions name both the agents and the eval provider {@code meta-reference}.)
 * Also {@code provider-id-empty} for a missing id. llama-stack itself keeps the last provider of a duplicated id
 * without a word ({@code validate_and_prepare_providers}), so under its policy a duplicate is a warning.
 */
final class DuplicateProviderIdRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Map<String, ProviderInstance> seen = new HashMap<>();
        for (ProviderInstance p : ctx.model().providers()) {
            if (p.providerId() == null || p.providerId().isBlank()) {
                ctx.out().error("provider-id-empty", p.where(), p.idPath(), "the provider has no id",
                        "give it an id: 'id: " + dev.lightspeed.stack.catalog.ProviderKey.nameOf(p.providerType())
                                + "'");
                continue;
            }
            ProviderInstance first = seen.putIfAbsent(p.api() + "\u0000" + p.providerId(), p);
            if (first != null) {
                ctx.policy("provider-duplicate-id", p.where(), p.idPath(), "provider id '"
                        + p.providerId() + "' is used twice for API " + p.api() + " (first at " + first.path()
                        + (first.where().line() > 0 ? ", line " + first.where().line() : "") + ")"
                        + (ctx.policy().lcs() ? "" : "; llama-stack silently keeps only the last one"),
                        "give one of them another id, e.g. 'id: " + p.providerId() + "-2'");
            }
        }
    }
}
