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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Builds {@code catalog/llama-stack-<release>.json} from the reference data of a release (copied from llama-stack's
 * own sources into the test resources) and the seed's support tables. Run by {@code CatalogUpToDateTest}, which fails
 * when the committed catalog differs and rewrites it with {@code -Dgolden.update=true}.
 */
public final class CatalogBuilder {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogBuilder() {
    }

    public static String build(Path providersJson, Path runConfigSchema, Path apisJson, Path shapeFacts,
            List<SeedTables.Row> seed) throws IOException {
        JsonNode ref = MAPPER.readTree(providersJson.toFile());
        Map<String, SeedTables.Row> seedByKey = new LinkedHashMap<>();
        for (SeedTables.Row r : seed) {
            seedByKey.merge(r.api() + " " + r.providerType(), r, CatalogBuilder::sameProvider);
        }

        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", CatalogJson.FORMAT);
        root.put("llama_stack_version", ref.path("llama_stack_version").asText());
        root.put("source", "llama-stack " + ref.path("llama_stack_version").asText()
                + " provider registry; support levels from Lightspeed Core's lightspeed-providers.md");
        root.set("auto_routed_apis", ref.path("auto_routed_apis"));
        root.set("routing_table_apis", ref.path("routing_table_apis"));
        root.set("run_config_schema", MAPPER.readTree(runConfigSchema.toFile()));
        root.set("run_shape", RunShapeBuilder.build(apisJson, shapeFacts));
        ArrayNode providers = root.putArray("providers");
        List<JsonNode> sorted = StreamSupport.stream(ref.path("providers").spliterator(), false)
                .sorted(Comparator.comparing((JsonNode p) -> p.path("api").asText())
                        .thenComparing(p -> p.path("provider_type").asText()))
                .toList();
        for (JsonNode p : sorted) {
            providers.add(provider(p, seedByKey.get(p.path("api").asText() + " " + p.path("provider_type").asText())));
        }
        return MAPPER.writer(printer()).writeValueAsString(root) + "\n";
    }

    /** Several seed rows for one provider (the three vLLM rows): their flags must agree; the note names them all. */
    private static SeedTables.Row sameProvider(SeedTables.Row a, SeedTables.Row b) {
        if (a.supported() != b.supported()) {
            throw new IllegalStateException("seed rows disagree on " + a.providerType() + ": " + a.rowName() + " vs "
                    + b.rowName());
        }
        return new SeedTables.Row(a.api(), a.providerType(), a.supported(), a.section(),
                a.rowName() + "', '" + b.rowName());
    }

    private static ObjectNode provider(JsonNode p, SeedTables.Row seedRow) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("api", p.path("api").asText());
        o.put("provider_type", p.path("provider_type").asText());
        o.put("supported", seedRow != null && seedRow.supported());
        o.put("support_note", seedRow != null ? seedRow.note()
                : "not listed in the seed's tables (lightspeed-providers.md): unsupported until LCS lists it");
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

    /** The catalog of a bundled release from the copies under {@code resources}. */
    static String build(Path resources, String release, List<SeedTables.Row> seed) throws IOException {
        String name = "llama-stack-" + release;
        return build(resources.resolve("reference/" + name + "-providers.json"),
                resources.resolve("reference/" + name + "-run-config.schema.json"),
                resources.resolve("reference/" + name + "-apis.json"), resources.resolve("shape/" + name + ".json"),
                seed);
    }

    /** Regenerates every bundled catalog file: {@code mvn test -Dtest=CatalogUpToDateTest -Dgolden.update=true}. */
    static void writeAll(Path resources, Path catalogDir) throws IOException {
        List<SeedTables.Row> seed = SeedTables.read(resources.resolve("seed/lightspeed-providers.md"));
        for (String release : BundledCatalogs.RELEASES) {
            Files.writeString(catalogDir.resolve("llama-stack-" + release + ".json"), build(resources, release, seed));
        }
    }
}
