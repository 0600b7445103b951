package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.pip.PipLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Builds {@code catalog/<product>-<release>.json} from the reference data of a release (copied from llama-stack's or
 * OGX's own sources into the test resources) and LCS's providers table in force for it, by the rules of
 * {@link SupportPolicy}. Run by {@code CatalogUpToDateTest}, which fails when a committed catalog differs and rewrites
 * them with {@code -Dgolden.update=true}.
 */
public final class CatalogBuilder {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogBuilder() {
    }

    public static String build(Path resources, CatalogSources sources, CatalogSources.ReleaseSource release)
            throws IOException {
        JsonNode ref = MAPPER.readTree(release.reference(resources, "providers").toFile());
        JsonNode apis = MAPPER.readTree(release.reference(resources, "apis").toFile());
        List<JsonNode> sorted = StreamSupport.stream(ref.path("providers").spliterator(), false)
                .sorted(Comparator.comparing(CatalogBuilder::key)).toList();
        Set<ProviderKey> keys = new LinkedHashSet<>();
        sorted.forEach(p -> keys.add(key(p)));
        List<String> providerApis = new ArrayList<>();
        apis.path("provider_apis").forEach(a -> providerApis.add(a.asText()));
        SupportPolicy.Result policy = SupportPolicy.apply(release, sources,
                SeedTables.read(resources.resolve("seed/" + release.table())), keys, providerApis);

        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", CatalogJson.FORMAT);
        root.put("product", release.product());
        root.put("llama_stack_version", ref.path(release.product().equals("ogx") ? "ogx_version"
                : "llama_stack_version").asText());
        root.put("source", release.displayName() + " provider registry; support levels from Lightspeed Core's"
                + " providers table (" + release.tableSource() + ")");
        root.set("auto_routed_apis", ref.path("auto_routed_apis"));
        root.set("routing_table_apis", ref.path("routing_table_apis"));
        ArrayNode notIn = root.putArray("rows_not_in_release");
        for (SupportPolicy.NotInRelease n : policy.notInRelease()) {
            ObjectNode o = notIn.addObject();
            o.put("api", n.row().api());
            o.put("row", n.row().name());
            o.put("type", n.row().kind());
            o.put("supported", n.row().supported());
            o.put("reason", n.reason());
        }
        root.set("run_config_schema", MAPPER.readTree(release.reference(resources, "run-config.schema").toFile()));
        root.set("run_shape", RunShapeBuilder.build(release.reference(resources, "apis"),
                resources.resolve("shape/" + release.id() + ".json")));
        ArrayNode providers = root.putArray("providers");
        for (JsonNode p : sorted) {
            providers.add(provider(p, policy.support().get(key(p))));
        }
        return MAPPER.writer(printer()).writeValueAsString(root) + "\n";
    }

    private static ProviderKey key(JsonNode p) {
        return new ProviderKey(p.path("api").asText(), p.path("provider_type").asText());
    }

    private static ObjectNode provider(JsonNode p, Support support) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("api", p.path("api").asText());
        o.put("provider_type", p.path("provider_type").asText());
        o.put("supported", support.supported());
        o.put("support_note", support.note());
        o.set("pip_packages", p.path("pip_packages"));
        ArrayNode reqs = o.putArray("requirements");
        for (JsonNode raw : p.path("pip_packages")) {
            for (CatalogRequirement r : CatalogRequirements.of(PipLine.parse(raw.asText()))) {
                ObjectNode req = reqs.addObject();
                req.put("requirement", r.requirement());
                req.put("index_url", r.indexUrl());
                req.put("extra_index_url", r.extraIndexUrl());
                req.put("no_deps", r.noDeps());
            }
        }
        o.set("api_dependencies", p.path("api_dependencies"));
        o.set("optional_api_dependencies", p.path("optional_api_dependencies"));
        o.put("deprecation_warning", truthy(p.path("deprecation_warning")));
        o.put("deprecation_error", truthy(p.path("deprecation_error")));
        if (p.hasNonNull("toolgroup_id")) {
            o.set("toolgroup_id", p.get("toolgroup_id"));
        }
        o.set("config_schema", p.path("config_schema"));
        o.set("default_config", p.path("sample_run_config"));
        return o;
    }

    private static boolean truthy(JsonNode n) {
        return n.isBoolean() ? n.asBoolean() : n.isTextual() ? !n.asText().isEmpty() : !n.isNull() && !n.isMissingNode();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        return pp;
    }

    /** Regenerates every catalog file: {@code mvn test -Dtest=CatalogUpToDateTest -Dgolden.update=true}. */
    static void writeAll(Path resources, Path catalogDir) throws IOException {
        CatalogSources sources = CatalogSources.read(resources.resolve("seed/catalog-sources.json"));
        for (CatalogSources.ReleaseSource release : sources.releases()) {
            Files.writeString(catalogDir.resolve(release.id() + ".json"), build(resources, sources, release));
        }
    }
}
