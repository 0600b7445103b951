package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogOverlaysTest {

    @TempDir
    Path dir;

    static Catalog base() {
        return new Catalog("0.3.5", List.of(
                spec("inference", "remote::openai", true),
                spec("inference", "remote::vertexai", true),
                spec("inference", "remote::nvidia", false),
                spec("eval", "remote::nvidia", false),
                spec("vector_io", "inline::faiss", true)),
                List.of("inference", "eval", "vector_io"), List.of("models"), MissingNode.getInstance(),
                BundledCatalogs.get("0.3.5").shape());
    }

    static ProviderSpec spec(String api, String type, boolean supported) {
        return new ProviderSpec(api, type, new Support(supported, "seed"), List.of(type.substring(8) + "-client"),
                List.of(), List.of(), List.of(), false, false, JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), "bundled");
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static String lines(CatalogOverlays.Result r) {
        return r.problems().stream().map(Problem::oneLine).collect(Collectors.joining("\n"));
    }

    @Test
    void addsAnExternalProviderAndTightensPolicy() throws IOException {
        Path f = file("acme.yaml", """
                llamaStack: 0.3.5
                providers:
                  - api: inference
                    provider_type: remote::my-llm
                    pip_packages: ["my-llm-client>=1.2 --extra-index-url https://pypi.acme.test/simple"]
                    api_dependencies: [models]
                    config_schema: {type: object, properties: {url: {type: string}}, required: [url]}
                    default_config: {url: "${env.MY_LLM_URL}"}
                  - provider_type: remote::vertexai
                    supported: false
                    note: "company policy: no Google endpoints"
                """);
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(f));
        assertFalse(r.hasErrors(), lines(r));
        Catalog c = r.catalog().orElseThrow();
        assertEquals(6, c.size());
        ProviderSpec mine = c.find("inference", "remote::my-llm").orElseThrow();
        assertTrue(mine.supported());
        assertEquals(f.toString(), mine.origin());
        assertEquals(List.of(new CatalogRequirement("my-llm-client>=1.2", null, "https://pypi.acme.test/simple",
                false)), mine.requirements());
        assertEquals("${env.MY_LLM_URL}", mine.defaultConfig().path("url").asText());
        assertEquals("url", mine.configSchema().path("required").get(0).asText());
        ProviderSpec vertex = c.find("inference", "remote::vertexai").orElseThrow();
        assertFalse(vertex.supported());
        assertEquals("company policy: no Google endpoints", vertex.support().note());
        assertEquals(List.of("vertexai-client"), vertex.pipPackages(), "fields not given stay");
    }

    @Test
    void jsonIsYamlToo() throws IOException {
        Path f = file("p.json", "{\"providers\": [{\"api\": \"vector_io\", \"provider_type\": \"inline::faiss\","
                + " \"supported\": false}]}");
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(f));
        assertFalse(r.catalog().orElseThrow().find("vector_io", "inline::faiss").orElseThrow().supported());
        assertTrue(r.catalog().get().find("vector_io", "inline::faiss").get().support().note().contains("p.json"));
    }

    @Test
    void anOverlayForAnotherReleaseIsSkipped() throws IOException {
        Path f = file("old.yaml", "llamaStack: 0.2.22\nproviders:\n  - provider_type: remote::openai\n"
                + "    supported: false\n");
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(f));
        assertTrue(r.catalog().orElseThrow().find("inference", "remote::openai").orElseThrow().supported());
    }

    @Test
    void laterFilesWin() throws IOException {
        Path a = file("a.yaml", "providers:\n  - provider_type: remote::openai\n    supported: false\n");
        Path b = file("b.yaml", "providers:\n  - provider_type: remote::openai\n    supported: true\n    note: ok\n");
        ProviderSpec p = CatalogOverlays.apply(base(), List.of(a, b)).catalog().orElseThrow()
                .find("inference", "remote::openai").orElseThrow();
        assertTrue(p.supported());
        assertEquals("ok", p.support().note());
    }

    @Test
    void unknownKeySaysWhereAndSuggests() throws IOException {
        Path f = file("c.yaml", "providers:\n  - provider_type: remote::openai\n    suported: false\n");
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(f));
        assertTrue(r.catalog().isEmpty());
        assertEquals(f + ":3:5: catalog-unknown-key: providers[0].suported: unknown key 'suported'"
                + " (fix: did you mean 'supported'?)", lines(r));
    }

    @Test
    void wrongTypes() throws IOException {
        Path f = file("c.yaml", """
                providers:
                  - provider_type: remote::openai
                    supported: "no"
                    pip_packages: openai
                    config_schema: [1]
                """);
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.contains(f + ":3:16: catalog-wrong-type: providers[0].supported: expected true or false,"
                + " found string"), out);
        assertTrue(out.contains(":4:19: catalog-wrong-type: providers[0].pip_packages: expected a list of strings"),
                out);
        assertTrue(out.contains(":5:20: catalog-wrong-type: providers[0].config_schema: expected a mapping"), out);
    }

    @Test
    void newProviderNeedsItsApi() throws IOException {
        Path f = file("c.yaml", "providers:\n  - provider_type: remote::brand-new\n");
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.startsWith(f + ":2:5: catalog-missing-field: providers[0].api: remote::brand-new is a new"
                + " provider, so its API must be given"), out);
    }

    @Test
    void ambiguousTypeNeedsItsApi() throws IOException {
        Path f = file("c.yaml", "providers:\n  - provider_type: remote::nvidia\n    supported: true\n");
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.contains("remote::nvidia exists under several APIs (eval, inference)"), out);
    }

    @Test
    void missingProviderTypeAndBadType() throws IOException {
        Path f = file("c.yaml", "providers:\n  - api: inference\n  - provider_type: my-llm\n");
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.contains(":2:5: catalog-missing-field: providers[0].provider_type:"), out);
        assertTrue(out.contains(":3:20: catalog-bad-provider-type: providers[1].provider_type: 'my-llm' is not"),
                out);
    }

    @Test
    void unknownApiSuggests() throws IOException {
        Path f = file("c.yaml", "providers:\n  - api: inferense\n    provider_type: remote::x\n");
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.contains(":2:10: catalog-unknown-api: providers[0].api: unknown API 'inferense'"), out);
        assertTrue(out.contains("did you mean 'inference'?"), out);
    }

    @Test
    void pipStringThatDoesNotParsePointsAtTheColumn() throws IOException {
        Path f = file("c.yaml", "providers:\n  - api: inference\n    provider_type: remote::x\n"
                + "    pip_packages:\n      - \"good>=1\"\n      - \"bad>=>1\"\n");
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(f));
        assertEquals(1, r.problems().size(), lines(r));
        Problem p = r.problems().get(0);
        assertEquals("catalog-pip-syntax", p.rule());
        assertEquals("providers[0].pip_packages[1]", p.path());
        assertEquals(6, p.location().line());
        assertTrue(p.location().column() > 9, p.oneLine());
    }

    @Test
    void unknownReleaseSuggests() throws IOException {
        Path f = file("c.yaml", "llamaStack: 0.3.6\nproviders: []\n");
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.startsWith(f + ":1:13: catalog-unknown-release: llamaStack: unknown release '0.3.6';"
                + " bundled: OGX 1.0.2, llama-stack 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22 (fix: did you mean '0.3.5', '0.4.3' or '0.5.2'?)"), out);
    }

    @Test
    void duplicateEntry() throws IOException {
        Path f = file("c.yaml", "providers:\n  - provider_type: remote::openai\n"
                + "  - api: inference\n    provider_type: remote::openai\n");
        String out = lines(CatalogOverlays.apply(base(), List.of(f)));
        assertTrue(out.contains(":3:5: catalog-duplicate-provider: providers[1]: inference remote::openai is"
                + " already listed in this file at line 2"), out);
    }

    @Test
    void nothingHalfLoaded() throws IOException {
        Path good = file("good.yaml", "providers:\n  - provider_type: remote::openai\n    supported: false\n");
        Path bad = file("bad.yaml", "providers:\n  - provider_type: remote::openai\n    supported: [\n");
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(good, bad));
        assertTrue(r.catalog().isEmpty());
        assertTrue(r.hasErrors());
        assertTrue(lines(r).contains("bad.yaml:"), lines(r));
    }

    @Test
    void missingFileAndNonMapping() throws IOException {
        Path list = file("list.yaml", "- a\n");
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of(dir.resolve("nope.yaml"), list));
        String out = lines(r);
        assertTrue(out.contains("nope.yaml: file-unreadable: no such file"), out);
        assertTrue(out.contains("list.yaml:1:1: catalog-wrong-type: expected a mapping with 'providers:'"), out);
    }

    @Test
    void noFilesIsTheBase() {
        CatalogOverlays.Result r = CatalogOverlays.apply(base(), List.of());
        assertEquals(5, r.catalog().orElseThrow().size());
        assertTrue(r.problems().isEmpty());
    }
}
