package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.EnvReference;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.Optional;

/**
 * {@code azure-entra-id}: Lightspeed Core's Entra ID flow injects the access token through {@code AZURE_API_KEY},
 * so an Azure inference provider's {@code api_key} must be exactly {@code ${env.AZURE_API_KEY}} (where the release's
 * LCS table asks for it: not for OGX, where LCS injects the token itself), and the base URL ({@code api_base}, from
 * 0.4.3 on {@code base_url}, whichever the release's config has) and {@code api_version} must be present.
 * A provider switched off by its id ({@code provider_id: ${env.AZURE_API_KEY:+azure}}, llama-stack's starter) may not
 * hold the bare reference, which llama-stack expands even there ({@link SwitchedProviderEnvRule}): its key is
 * {@code ${env.AZURE_API_KEY:=…}}, the same token once the variable is set, and nothing while it is not.
 */
public final class AzureEntraRule implements Rule {

    static final String KEY = "${env.AZURE_API_KEY}";
    /** The form for a provider switched off by its id: the token when set, empty (no failure) when not. */
    public static final String SWITCHED_KEY = "${env.AZURE_API_KEY:=}";

    @Override
    public void check(RuleContext ctx) {
        for (ProviderInstance p : ctx.model().providers()) {
            if (!p.providerType().equals("remote::azure")) {
                continue;
            }
            Optional<YNode> key = p.config().get("api_key");
            boolean keyRequired = ctx.catalog().shape().azureApiKeyRequired();
            boolean off = SwitchedProviderEnvRule.switchedOff(p);
            String wanted = off ? SWITCHED_KEY : KEY;
            if (keyRequired && (key.isEmpty() || !(key.get() instanceof YScalar k) || !(off
                    ? k.text().startsWith("${env.AZURE_API_KEY:=") && EnvReference.isWholeReference(k.text())
                    : KEY.equals(k.text())))) {
                ctx.policy(RuleId.AZURE_ENTRA_ID, key.map(YNode::location).orElse(p.where()),
                        p.path() + ".config.api_key",
                        "the Azure provider's api_key must be exactly " + wanted + ": Lightspeed Core puts the Entra"
                                + " ID token " + (off ? "in AZURE_API_KEY, and the provider is switched by its id,"
                                + " so the reference must also resolve while AZURE_API_KEY is unset" : "there"),
                        "write 'api_key: " + wanted + "'");
            }
            // the base URL's field is the release's: api_base up to 0.3, base_url from 0.4.3 on
            String base = ctx.catalog().find(p.api(), p.providerType()).filter(s -> s.configSchema()
                    .path("properties").has("base_url")).isPresent() ? "base_url" : "api_base";
            for (String field : new String[] {base, "api_version"}) {
                Optional<YNode> v = p.config().get(field);
                if (v.isEmpty() || v.get() instanceof YScalar s && (s.isNull() || s.text().isBlank())) {
                    ctx.policy(RuleId.AZURE_ENTRA_ID, v.map(YNode::location).orElse(p.where()), p.path() + ".config."
                            + field, "the Azure provider needs '" + field + "'", "add '" + field + ": "
                            + (field.equals(base) ? "${env.AZURE_API_BASE}" : "2025-01-01-preview") + "'");
                }
            }
        }
    }
}
