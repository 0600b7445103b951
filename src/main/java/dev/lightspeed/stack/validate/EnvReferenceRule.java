package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.EnvReference;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;

/**
 * {@code env-reference}: {@code ${X}}, {@code ${ENV.X}}, {@code ${env.lower}} or an unterminated {@code ${env.X}}
 * anywhere in the stack's document (or, without one, in provider configs): llama-stack would keep it as literal text.
 */
final class EnvReferenceRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.model().document() != null) {
            walk(ctx, ctx.model().document(), "");
            return;
        }
        for (ProviderInstance p : ctx.model().providers()) {
            walk(ctx, p.config(), p.path() + ".config");
        }
    }

    private static void walk(RuleContext ctx, YNode n, String path) {
        if (n instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) {
                walk(ctx, e.value(), path.isEmpty() ? e.key() : path + "." + e.key());
            }
        } else if (n instanceof YSeq s) {
            for (int i = 0; i < s.items().size(); i++) {
                walk(ctx, s.items().get(i), path + "[" + i + "]");
            }
        } else if (n instanceof YScalar sc && sc.isString()) {
            for (EnvReference.Malformed m : EnvReference.malformed(sc.text())) {
                Location at = sc.location();
                if (!sc.quoted() && !sc.text().contains("\n") && at.line() > 0) {
                    at = new Location(at.file(), at.line(), at.column() + m.offset());
                }
                ctx.policy(RuleId.ENV_REFERENCE, at, path, m.why(), m.fix());
            }
        }
    }
}
