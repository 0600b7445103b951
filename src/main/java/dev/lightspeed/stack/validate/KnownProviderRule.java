package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code provider-unknown-api}, {@code provider-unknown-type}: the provider's API and type must exist in the target
 * release; suggests the closest names. {@code provider-deprecated}: llama-stack warns about (or refuses) the type.
 */
final class KnownProviderRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Catalog c = ctx.catalog();
        for (ProviderInstance p : ctx.model().providers()) {
            if (!c.hasApi(p.api())) {
                List<String> close = Similar.closest(p.api(), c.apis(), 3);
                ctx.out().error(RuleId.PROVIDER_UNKNOWN_API, p.where(), p.path(), c.displayName()
                        + " has no API '" + p.api() + "'", close.isEmpty()
                        ? "use one of " + String.join(", ", c.apis())
                        : "did you mean " + Similar.quotedList(close, "or") + "?");
                continue;
            }
            Optional<ProviderSpec> spec = c.find(p.api(), p.providerType());
            if (spec.isEmpty()) {
                unknownType(ctx, p);
                continue;
            }
            ProviderSpec s = spec.get();
            if (s.deprecationError()) {
                ctx.out().error(RuleId.PROVIDER_DEPRECATED, p.typeWhere(), p.typePath(), p.providerType()
                        + " is refused by " + c.displayName() + " (deprecated)", alternatives(c, p.api()));
            } else if (s.deprecationWarning()) {
                ctx.out().warning(RuleId.PROVIDER_DEPRECATED, p.typeWhere(), p.typePath(),
                        p.providerType() + " is deprecated in " + c.displayName(), alternatives(c, p.api()));
            }
        }
    }

    private static void unknownType(RuleContext ctx, ProviderInstance p) {
        Catalog c = ctx.catalog();
        List<String> elsewhere = new ArrayList<>();
        for (ProviderSpec s : c.byType(p.providerType())) {
            elsewhere.add(s.api());
        }
        if (!elsewhere.isEmpty()) {
            ctx.out().error(RuleId.PROVIDER_UNKNOWN_TYPE, p.typeWhere(), p.typePath(), p.providerType()
                    + " is not " + Words.article(p.api()) + " provider in " + c.displayName() + "; it serves "
                    + String.join(", ", elsewhere), "move it under " + String.join(" or ", elsewhere)
                    + ", or pick " + Words.article(p.api()) + " provider: " + names(c.forApi(p.api())));
            return;
        }
        List<String> types = new ArrayList<>();
        for (ProviderSpec s : c.forApi(p.api())) {
            types.add(s.providerType());
        }
        List<String> close = Similar.closest(p.providerType(), types, 3);
        if (close.isEmpty()) {
            close = Similar.closest(p.providerType(), c.providerTypes(), 3);
        }
        ctx.out().error(RuleId.PROVIDER_UNKNOWN_TYPE, p.typeWhere(), p.typePath(), "unknown provider type '"
                + p.providerType() + "' for API " + p.api() + " in " + c.displayName(), close.isEmpty()
                ? "use one of " + names(c.forApi(p.api())) : "did you mean " + Similar.quotedList(close, "or") + "?");
    }

    static String alternatives(Catalog c, String api) {
        List<ProviderSpec> supported = new ArrayList<>();
        for (ProviderSpec s : c.supportedFor(api)) {
            if (!s.deprecated()) {
                supported.add(s);
            }
        }
        return supported.isEmpty() ? "see 'mvn lightspeed:list-providers -Dlightspeed.api=" + api + "'"
                : "use " + names(supported);
    }

    static String names(List<ProviderSpec> specs) {
        Set<String> n = new LinkedHashSet<>();
        for (ProviderSpec s : specs) {
            n.add(s.providerType());
        }
        return n.isEmpty() ? "(none)" : String.join(", ", n);
    }
}
