package dev.lightspeed.stack.init;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.schema.EnvReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code config:} lines of a starter provider: only what the catalog default leaves to the user. A field the
 * schema requires, or a credential ({@code api_key}, {@code api_token}, …), whose default is missing or empty while
 * its variable is unset ({@code ${env.X:=}}) becomes a plain {@code ${env.X}}, so {@code generate} accepts it and
 * llama-stack asks for the variable at start-up; so does a field {@code generate} found empty where a value is needed
 * ({@code alsoRequired}). Everything else is the default {@code generate} merges in.
 */
final class StarterConfig {

    private static final Set<String> CREDENTIALS = Set.of("api_key", "api_token", "token", "password");

    private StarterConfig() {
    }

    static List<String> lines(ProviderSpec p, Set<String> alsoRequired) {
        Set<String> fields = new LinkedHashSet<>();
        JsonNode required = p.configSchema() == null ? null : p.configSchema().get("required");
        if (required != null) {
            required.forEach(r -> fields.add(r.asText()));
        }
        fields.addAll(alsoRequired.stream().sorted().toList());
        JsonNode defaults = p.defaultConfig();
        if (defaults != null) {
            defaults.fieldNames().forEachRemaining(f -> {
                if (CREDENTIALS.contains(f)) {
                    fields.add(f);
                }
            });
        }
        List<String> out = new ArrayList<>();
        for (String field : fields) {
            JsonNode d = defaults == null ? null : defaults.get(field);
            if (d != null && !(d.isTextual() && EnvReference.emptyWhenUnset(d.asText()))) {
                continue;
            }
            String variable = d == null ? variable(p, field) : EnvReference.names(d.asText()).get(0);
            out.add("      " + field + ": ${env." + variable + "}");
        }
        if (!out.isEmpty()) {
            out.add(0, "    config:");
        }
        return out;
    }

    /** {@code VERTEXAI_PROJECT} for field {@code project} of {@code remote::vertexai}. */
    private static String variable(ProviderSpec p, String field) {
        return (p.name() + "_" + field).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }
}
