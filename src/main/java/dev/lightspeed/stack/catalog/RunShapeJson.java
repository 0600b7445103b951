package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.model.ResourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a catalog's {@code run_shape} object into a {@link RunShape}:
 * <pre>
 * { "name_key", "apis": [...], "routing_tables": {table: router}, "internal_apis": [...],
 *   "internal_apis_serve_dependencies", "top_level_keys": {key: required}, "foreign_keys": {key: {era, fix}},
 *   "resource_section": "registered_resources" | null,
 *   "resources": [{kind, key, id_field, routing_table, registered_at_startup, dropped_when_id_empty,
 *                  provider_id_all, deprecated}],
 *   "storage": {form, required, default_backends: {name: type}, default_stores: {store: {backend, kind, checked_at_load}},
 *               missing_fix},
 *   "telemetry", "model_identifier", "required_one_of": [[...]], "distribution_dir",
 *   "removed_resources": {kind: what replaced it}, "azure_api_key_required",
 *   "tool_groups_from_providers": {group: [provider_type]},
 *   "migration": {config_field_renames: {old: new}, provider_renames: [{api, provider_type, successor_api,
 *                 successor_type, needs: [{api, provider_type}]}], tool_group_renames: {old: new},
 *                 removed_apis: {api: what replaced it}},
 *   "deprecated_keys": {key: fix}, "auth_type_switch" }
 * </pre>
 */
final class RunShapeJson {

    private RunShapeJson() {
    }

    static RunShape read(JsonNode s, String origin) throws IOException {
        if (s == null || !s.isObject()) {
            throw new IOException(origin + ": the catalog has no run_shape");
        }
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (var e : s.path("top_level_keys").properties()) {
            keys.put(e.getKey(), e.getValue().asBoolean());
        }
        Map<String, RunShape.ForeignKey> foreign = new LinkedHashMap<>();
        for (var e : s.path("foreign_keys").properties()) {
            foreign.put(e.getKey(),
                    new RunShape.ForeignKey(e.getValue().path("era").asText(), e.getValue().path("fix").asText()));
        }
        Map<ResourceKind, ResourceShape> resources = new EnumMap<>(ResourceKind.class);
        for (JsonNode r : s.path("resources")) {
            ResourceKind kind = ResourceKind.valueOf(r.path("kind").asText().toUpperCase(Locale.ROOT));
            resources.put(kind, new ResourceShape(kind, r.path("key").asText(), r.path("id_field").asText(),
                    r.path("routing_table").asText(), r.path("registered_at_startup").asBoolean(true),
                    r.path("dropped_when_id_empty").asBoolean(false), r.path("provider_id_all").asBoolean(false),
                    r.path("deprecated").asBoolean(false)));
        }
        JsonNode st = s.path("storage");
        Map<String, RunShape.StoreDefault> stores = new LinkedHashMap<>();
        for (var e : st.path("default_stores").properties()) {
            stores.put(e.getKey(),
                    new RunShape.StoreDefault(e.getValue().path("backend").asText(), e.getValue().path("kind").asText(),
                            e.getValue().path("checked_at_load").asBoolean(true)));
        }
        RunShape.Storage storage = new RunShape.Storage(StoreForm.of(st.path("form").asText()),
                st.path("required").asBoolean(false), strings(st.path("default_backends")), stores,
                st.path("missing_fix").asText(""));
        List<List<String>> oneOf = new ArrayList<>();
        for (JsonNode g : s.path("required_one_of")) {
            oneOf.add(CatalogJson.strings(g));
        }
        Map<ResourceKind, String> removed = new EnumMap<>(ResourceKind.class);
        for (var e : s.path("removed_resources").properties()) {
            removed.put(ResourceKind.valueOf(e.getKey().toUpperCase(Locale.ROOT)), e.getValue().asText());
        }
        JsonNode section = s.get("resource_section");
        return new RunShape(s.path("name_key").asText("image_name"), CatalogJson.strings(s.path("apis")),
                strings(s.path("routing_tables")), CatalogJson.strings(s.path("internal_apis")),
                s.path("internal_apis_serve_dependencies").asBoolean(false), keys, foreign,
                section == null || section.isNull() ? Optional.empty() : Optional.of(section.asText()), resources,
                storage, TelemetryForm.of(s.path("telemetry").asText("none")),
                RunShape.ModelIdentifier.valueOf(s.path("model_identifier").asText("provider_scoped")
                        .toUpperCase(Locale.ROOT)), oneOf, s.path("distribution_dir").asText("~/.llama/distributions"),
                removed, s.path("azure_api_key_required").asBoolean(true), lists(s.path("tool_groups_from_providers")),
                migration(s.path("migration")), strings(s.path("deprecated_keys")),
                s.path("auth_type_switch").asBoolean(false));
    }

    private static RunShape.Migration migration(JsonNode m) {
        List<RunShape.ProviderRename> renames = new ArrayList<>();
        for (JsonNode r : m.path("provider_renames")) {
            List<ProviderKey> needs = new ArrayList<>();
            for (JsonNode n : r.path("needs")) {
                needs.add(key(n, "api", "provider_type"));
            }
            renames.add(new RunShape.ProviderRename(key(r, "api", "provider_type"),
                    key(r, "successor_api", "successor_type"), needs));
        }
        return new RunShape.Migration(strings(m.path("config_field_renames")), renames,
                strings(m.path("tool_group_renames")), strings(m.path("removed_apis")));
    }

    private static ProviderKey key(JsonNode n, String api, String type) {
        return new ProviderKey(n.path(api).asText(), n.path(type).asText());
    }

    private static Map<String, List<String>> lists(JsonNode object) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (object.isObject()) {
            for (var e : object.properties()) {
                m.put(e.getKey(), CatalogJson.strings(e.getValue()));
            }
        }
        return m;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> m = new LinkedHashMap<>();
        for (var e : object.properties()) {
            m.put(e.getKey(), e.getValue().asText());
        }
        return m;
    }
}
