package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.Optional;

/**
 * {@code azure-entra-id}: Lightspeed Core's Entra ID flow injects the access token through {@code AZURE_API_KEY},
 * so an Azure inference provider's {@code api_key} must be exactly {@code ${env.AZURE_API_KEY}}, and
 * {@code api_base} and {@code api_version} must be present (llama-stack fails to start without them).
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
            if (key.isEmpty() || !(key.get() instanceof YScalar k) || !KEY.equals(k.text())) {
                ctx.policy("azure-entra-id", key.map(YNode::location).orElse(p.where()), p.path() + ".config.api_key",
                        "the Azure provider's api_key must be exactly " + KEY + ": Lightspeed Core puts the Entra ID"
                                + " token there", "write 'api_key: " + KEY + "'");
            }
            for (String field : new String[] {"api_base", "api_version"}) {
                Optional<YNode> v = p.config().get(field);
                if (v.isEmpty() || v.get() instanceof YScalar s && (s.isNull() || s.text().isBlank())) {
                    ctx.policy("azure-entra-id", v.map(YNode::location).orElse(p.where()), p.path() + ".config."
                            + field, "the Azure provider needs '" + field + "'", "add '" + field + ": "
                            + (field.equals("api_base") ? "${env.AZURE_API_BASE}" : "2025-01-01-preview") + "'");
                }
            }
        }
    }
}
