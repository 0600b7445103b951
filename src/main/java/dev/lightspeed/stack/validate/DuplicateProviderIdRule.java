package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.RuleId;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code provider-duplicate-id}: two providers of the same API with the same {@code provider_id}. (The same id under
 * two APIs is fine: llama-stack's own distributions name both the agents and the eval provider {@code meta-reference}.)
 * Also {@code provider-id-empty} for a missing id. llama-stack itself keeps the last provider of a duplicated id
 * without a word ({@link ShadowedProviders}), so under its policy a duplicate is a warning on the earlier entry, which
 * is shadowed: its config is never read, so {@link ConfigSchemaRule} leaves it alone there.
 */
final class DuplicateProviderIdRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Map<String, ProviderInstance> seen = new HashMap<>();
        for (ProviderInstance p : ctx.model().providers()) {
            if (p.providerId() == null || p.providerId().isBlank()) {
                ctx.out().error(RuleId.PROVIDER_ID_EMPTY, p.where(), p.idPath(), "the provider has no id",
                        "give it an id: 'id: " + dev.lightspeed.stack.catalog.ProviderKey.nameOf(p.providerType())
                                + "'");
                continue;
            }
            ProviderInstance first = seen.putIfAbsent(p.api() + "\u0000" + p.providerId(), p);
            if (first != null && !ctx.policy().lcs()) {
                ctx.out().warning(RuleId.PROVIDER_DUPLICATE_ID, first.where(), first.idPath(), "provider id '"
                        + p.providerId() + "' is used again for API " + p.api() + " (at " + p.path()
                        + (p.where().line() > 0 ? ", line " + p.where().line() : "") + "); " + ctx.catalog().productName() + " keeps only"
                        + " the last one, so this entry is shadowed: its config is never read or started",
                        "remove this entry, or give it another id, e.g. '"
                        + first.idPath().substring(first.idPath().lastIndexOf('.') + 1) + ": " + p.providerId()
                        + "-2'");
                seen.put(p.api() + "\u0000" + p.providerId(), p);
            } else if (first != null) {
                ctx.out().error(RuleId.PROVIDER_DUPLICATE_ID, p.where(), p.idPath(), "provider id '"
                        + p.providerId() + "' is used twice for API " + p.api() + " (first at " + first.path()
                        + (first.where().line() > 0 ? ", line " + first.where().line() : "") + ")",
                        "give one of them another id, e.g. '" + p.idPath().substring(p.idPath().lastIndexOf('.') + 1)
                                + ": " + p.providerId() + "-2'");
            }
        }
    }
}
