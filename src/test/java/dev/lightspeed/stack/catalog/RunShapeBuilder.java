package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.model.ResourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds a catalog's {@code run_shape} (read by {@link RunShapeJson}) from the release's {@code -apis.json} (read off
 * its source: APIs, routing tables, internal APIs, top-level keys, resource kinds, storage defaults) and a short
 * hand-kept facts file {@code shape/<product>-<release>.json} for what that file does not carry (store form,
 * telemetry form, model identifier rule, keys of other releases with their fixes, fixes for deprecated keys, default
 * stores the release does not resolve at load).
 */
final class RunShapeBuilder {

    private RunShapeBuilder() {
    }

    static ObjectNode build(Path apisJson, Path factsJson) throws IOException {
        JsonNode apis = CatalogBuilder.MAPPER.readTree(apisJson.toFile());
        JsonNode facts = CatalogBuilder.MAPPER.readTree(factsJson.toFile());
        ObjectNode s = CatalogBuilder.MAPPER.createObjectNode();
        boolean distro = false;
        for (JsonNode group : apis.path("required_one_of")) {
            for (JsonNode k : group) {
                distro |= k.asText().equals("distro_name");
            }
        }
        s.put("name_key", distro ? "distro_name" : "image_name");
        s.set("apis", apis.path("apis"));
        s.set("routing_tables", apis.path("routing_table_apis"));
        s.set("internal_apis", apis.path("internal_apis_implemented_by_stack"));
        s.put("internal_apis_serve_dependencies", facts.path("internal_apis_satisfy_dependencies").asBoolean());
        ObjectNode keys = s.putObject("top_level_keys");
        apis.path("top_level_keys").fields().forEachRemaining(e -> keys.put(e.getKey(),
                e.getValue().path("required").asBoolean()));
        s.set("foreign_keys", facts.path("foreign_keys"));
        JsonNode res = apis.path("resources");
        if (res.path("location").asText().equals("registered_resources")) {
            s.put("resource_section", "registered_resources");
        } else {
            s.putNull("resource_section");
        }
        ArrayNode kinds = s.putArray("resources");
        res.path("kinds").fields().forEachRemaining(e -> {
            ResourceKind kind = kindOf(e.getValue().path("provider_api").asText());
            if (kind == null) {
                return;
            }
            JsonNode k = e.getValue();
            ObjectNode o = kinds.addObject();
            o.put("kind", kind.name().toLowerCase(Locale.ROOT));
            o.put("key", e.getKey());
            o.put("id_field", k.path("id_field").asText());
            o.put("routing_table", k.path("routing_table_api").asText());
            o.put("registered_at_startup", k.path("registered_at_startup").asBoolean());
            o.put("dropped_when_id_empty", k.path("skipped_when_id_resolves_empty").asBoolean());
            o.put("provider_id_all", k.path("provider_id_all").asBoolean());
            o.put("deprecated", k.path("deprecated").asBoolean());
        });
        ObjectNode storage = s.putObject("storage");
        storage.put("form", facts.path("store_form").asText());
        JsonNode st = apis.path("storage");
        storage.put("required", st.path("required").asBoolean(false));
        storage.set("default_backends", st.path("default_backends").isObject() ? st.path("default_backends")
                : CatalogBuilder.MAPPER.createObjectNode());
        ObjectNode stores = storage.putObject("default_stores");
        java.util.Set<String> unchecked = new java.util.HashSet<>();
        facts.path("unchecked_default_stores").forEach(n -> unchecked.add(n.asText()));
        st.path("default_stores").fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                stores.putObject(e.getKey()).put("backend", e.getValue().path("backend").asText())
                        .put("kind", e.getValue().has("table_name") ? "sql" : "kv")
                        .put("checked_at_load", !unchecked.contains(e.getKey()));
            }
        });
        storage.put("missing_fix", facts.path("storage_missing_fix").asText(""));
        s.put("telemetry", facts.path("telemetry").asText());
        s.put("model_identifier", facts.path("model_identifier").asText());
        s.set("required_one_of", apis.path("required_one_of"));
        s.put("distribution_dir", facts.path("distribution_dir").asText());
        s.put("azure_api_key_required", facts.path("azure_api_key_required").asBoolean());
        s.set("tool_groups_from_providers", apis.path("tool_groups_from_providers").isObject()
                ? apis.path("tool_groups_from_providers") : CatalogBuilder.MAPPER.createObjectNode());
        s.set("migration", facts.path("migration"));
        ObjectNode deprecated = s.putObject("deprecated_keys");
        apis.path("top_level_keys").fields().forEachRemaining(e -> {
            if (e.getValue().path("deprecated").asBoolean()) {
                deprecated.put(e.getKey(), facts.path("deprecated_keys").path(e.getKey()).asText("remove it"));
            }
        });
        s.put("auth_type_switch", apis.path("env_substitution").path("server_auth_provider_config_conditional")
                .asBoolean(false));
        s.set("removed_resources", facts.path("removed_resources").isObject() ? facts.path("removed_resources")
                : CatalogBuilder.MAPPER.createObjectNode());
        return s;
    }

    private static ResourceKind kindOf(String providerApi) {
        for (ResourceKind k : ResourceKind.values()) {
            if (k.api().equals(providerApi)) {
                return k;
            }
        }
        return null;
    }
}
