package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.ConfigSchemaChecker;
import dev.lightspeed.stack.schema.SecretValue;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.schema.EnvReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code config-*}: each provider's {@code config:} against its schema (see {@link ConfigSchemaChecker}).
 * {@code secret-literal}: a literal value in a secret field (one the schema marks {@code writeOnly}, or named like
 * {@code api_key}, {@code password}, {@code token}, {@code client_secret}) instead of an environment reference.
 */
final class ConfigSchemaRule implements Rule {

    private static final Set<String> SECRET_NAMES = Set.of("api_key", "apikey", "password", "token", "api_token",
            "client_secret", "secret", "secret_key", "access_key", "aws_secret_access_key", "aws_session_token",
            "secret_access_key", "session_token", "access_token", "pat");

    @Override
    public void check(RuleContext ctx) {
        Set<Location> referenced = new HashSet<>();
        if (ctx.model().document() != null) {
            collectReferences(ctx.model().document(), referenced);
        }
        for (ProviderInstance p : ctx.model().providers()) {
            Optional<ProviderSpec> spec = ctx.catalog().find(p.api(), p.providerType());
            if (spec.isEmpty() || !ctx.policy().lcs() && ShadowedProviders.by(p, ctx.model().providers()).isPresent()) {
                continue; // llama-stack never reads a shadowed provider's config (DuplicateProviderIdRule warns)
            }
            List<SecretValue> secrets = new ArrayList<>();
            Problems found = new Problems();
            new ConfigSchemaChecker(spec.get().configSchema()).check(p.config(), p.path() + ".config",
                    ctx.policy().configMode(), found, secrets);
            boolean optional = EnvReference.emptyWhenUnset(p.providerId());
            // a provider whose id is ${env.X:+id} is off until X is set: its ${env.Y:=} values are the distribution's
            // way of saying "set these when you switch it on" (llama-stack's own starter), not a mistake
            for (Problem f : found.sorted()) {
                if (!(optional && f.is(RuleId.CONFIG_ENV_EMPTY))) {
                    ctx.out().add(f);
                }
            }
            for (YMap.Entry e : p.config().entries().values()) {
                if (isSecretName(e.key()) && e.value() instanceof YScalar sc && !holds(secrets, sc)) {
                    secrets.add(new SecretValue(p.path() + ".config." + e.key(), e.key(), sc));
                }
            }
            for (SecretValue s : secrets) {
                if (!referenced.contains(s.value().location())) {
                    literalSecret(ctx, s, p.providerId());
                }
            }
        }
    }

    private static boolean holds(List<SecretValue> secrets, YScalar value) {
        for (SecretValue s : secrets) {
            if (s.value() == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the source document has an environment reference: a run.yaml's configs are checked after substitution,
     * so {@code ${env.X:=fake}} arrives here as {@code fake}, which is no literal secret.
     */
    private static void collectReferences(YNode n, Set<Location> out) {
        if (n instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) {
                collectReferences(e.value(), out);
            }
        } else if (n instanceof YSeq seq) {
            for (YNode i : seq.items()) {
                collectReferences(i, out);
            }
        } else if (n instanceof YScalar sc && sc.isString() && sc.text().contains("${")) {
            out.add(sc.location());
        }
    }

    /** {@code OPENAI_API_KEY} for openai's api_key; a field that already names its service keeps its name. */
    static String variableFor(String providerId, String field) {
        String f = field.toUpperCase(Locale.ROOT);
        boolean generic = SECRET_NAMES.contains(field.toLowerCase(Locale.ROOT));
        String prefix = providerId == null ? "" : providerId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return generic && !prefix.isEmpty() ? prefix + "_" + f : f;
    }

    static boolean isSecretName(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return SECRET_NAMES.contains(f) || f.endsWith("_api_key") || f.endsWith("_password") || f.endsWith("_secret");
    }

    private static void literalSecret(RuleContext ctx, SecretValue s, String providerId) {
        if (s.value().isNull() || !s.value().isString() || s.value().text().isEmpty()
                || s.value().text().contains("${")) {
            return;
        }
        String var = variableFor(providerId, s.field());
        String msg = "'" + s.field() + "' holds a literal secret; it would end up in the generated run.yaml";
        String fix = "use an environment reference: '" + s.field() + ": ${env." + var + "}'";
        if (ctx.policy().lcs() && !ctx.policy().allowLiteralSecrets()) {
            ctx.out().error(RuleId.SECRET_LITERAL, s.value().location(), s.path(), msg, fix
                    + " (or set <allowLiteralSecrets>true</allowLiteralSecrets>)");
        } else {
            ctx.out().warning(RuleId.SECRET_LITERAL, s.value().location(), s.path(), msg, fix);
        }
    }
}
