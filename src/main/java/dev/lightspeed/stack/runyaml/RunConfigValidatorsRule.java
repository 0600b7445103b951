package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.Locale;
import java.util.Set;

/**
 * The "after" model validators of llama-stack's run-config models that JSON Schema does not show
 * (llama_stack/core/datatypes.py, both releases): {@code CORSConfig.validate_credentials_config} (no wildcard origin
 * with credentials) and {@code OAuth2TokenAuthConfig.validate_mode} (exactly one of {@code jwks} and
 * {@code introspection}). Run on the resolved view after the schema check; each is a start-up failure
 * ({@code run-value}).
 */
final class RunConfigValidatorsRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        check(ctx.model().run(), ctx.catalog().productName(), ctx.out());
    }

    private static void check(YMap resolved, String product, Problems out) {
        if (!(resolved.get("server").orElse(null) instanceof YMap server)) {
            return;
        }
        if (server.get("cors").orElse(null) instanceof YMap cors && isTrue(cors.get("allow_credentials").orElse(null))
                && cors.get("allow_origins").orElse(null) instanceof YSeq origins && origins.items().stream()
                .anyMatch(o -> o instanceof YScalar s && s.isString() && s.text().equals("*"))) {
            out.error(RuleId.RUN_VALUE, cors.location(), "server.cors", "wildcard origins with allow_credentials:"
                    + " true; " + product + " refuses to start (\"Cannot use wildcard origins with credentials"
                    + " enabled\")",
                    "list the allowed origins, or set allow_credentials: false");
        }
        if (server.get("auth").orElse(null) instanceof YMap auth
                && auth.get("provider_config").orElse(null) instanceof YMap pc
                && pc.get("type").orElse(null) instanceof YScalar type && type.text().equals("oauth2_token")) {
            boolean jwks = isSet(pc.get("jwks").orElse(null));
            boolean introspection = isSet(pc.get("introspection").orElse(null));
            if (jwks == introspection) {
                out.error(RuleId.RUN_VALUE, pc.location(), "server.auth.provider_config", jwks
                        ? "both jwks and introspection are configured; " + product + " refuses to start (\"At present"
                        + " only one of jwks or introspection should be configured\")"
                        : "neither jwks nor introspection is configured; " + product + " refuses to start (\"One of"
                        + " jwks or introspection must be configured\")", "configure exactly one of jwks,"
                        + " introspection");
            }
        }
    }

    private static boolean isSet(YNode n) {
        return n != null && !(n instanceof YScalar s && s.isNull());
    }

    private static boolean isTrue(YNode n) {
        if (!(n instanceof YScalar s)) {
            return false;
        }
        if (s.type() == YScalar.ScalarType.BOOL) {
            return Boolean.TRUE.equals(s.toPlain());
        }
        return Set.of("1", "true", "yes", "on", "t", "y").contains(s.text().strip().toLowerCase(Locale.ROOT));
    }
}
