package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.Optional;

/**
 * {@code azure-entra-id}: Lightspeed Core's Entra ID flow injects the access token through {@code AZURE_API_KEY},
 * so an Azure inference provider's {@code api_key} must be exactly {@code ${env.AZURE_API_KEY}} (where the release's
 * LCS table asks for it: not for OGX, where LCS injects the token itself), and the base URL ({@code api_base}, from
 * 0.4.3 on {@code base_url}, whichever the release's config has) and {@code api_version} must be present.
 */
final class AzureEntraRule implements Rule {

    static final String KEY = "${env.AZURE_API_KEY}";

    @Override
    public void check(RuleContext ctx) {
        for (ProviderInstance p : ctx.model().providers()) {
            if (!p.providerType().equals("remote::azure")) {
                continue;
            }
            Optional<YNode> key = p.config().get("api_key");
            boolean keyRequired = ctx.catalog().shape().azureApiKeyRequired();
            if (keyRequired && (key.isEmpty() || !(key.get() instanceof YScalar k) || !KEY.equals(k.text()))) {
                ctx.policy("azure-entra-id", key.map(YNode::location).orElse(p.where()), p.path() + ".config.api_key",
                        "the Azure provider's api_key must be exactly " + KEY + ": Lightspeed Core puts the Entra ID"
                                + " token there", "write 'api_key: " + KEY + "'");
            }
            // the base URL's field is the release's: api_base up to 0.3, base_url from 0.4.3 on
            String base = ctx.catalog().find(p.api(), p.providerType()).filter(s -> s.configSchema()
                    .path("properties").has("base_url")).isPresent() ? "base_url" : "api_base";
            for (String field : new String[] {base, "api_version"}) {
                Optional<YNode> v = p.config().get(field);
                if (v.isEmpty() || v.get() instanceof YScalar s && (s.isNull() || s.text().isBlank())) {
                    ctx.policy("azure-entra-id", v.map(YNode::location).orElse(p.where()), p.path() + ".config."
                            + field, "the Azure provider needs '" + field + "'", "add '" + field + ": "
                            + (field.equals(base) ? "${env.AZURE_API_BASE}" : "2025-01-01-preview") + "'");
                }
            }
        }
    }
}
