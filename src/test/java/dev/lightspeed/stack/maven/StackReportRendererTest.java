package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.report.StackReport;
import dev.lightspeed.stack.report.StackReports;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report goal's page for the openai-rag example, rendered to HTML by Doxia and read back with jsoup. */
class StackReportRendererTest {

    private static Document render(StackReport report) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        new StackReportRenderer(sink, report).render();
        sink.close();
        return Jsoup.parse(html.toString());
    }

    private static List<List<String>> rows(Document doc, String sectionId) {
        Element table = doc.getElementById(sectionId).parent().selectFirst("table");
        return table.select("tr").stream().skip(1)
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    @Test
    void theExampleStack() throws Exception {
        Path file = Path.of("examples/openai-rag/src/main/lightspeed/stack.yaml");
        Document doc = render(StackReports.read(Files.readAllBytes(file), "src/main/lightspeed/stack.yaml", null,
                List.of()));
        assertTrue(doc.text().contains("Declaration src/main/lightspeed/stack.yaml, OGX 1.0.2, distribution"
                + " docs-assistant: 7 providers (2 by exception to Lightspeed Core's support policy), 2 resources."),
                doc.text());

        List<List<String>> providers = rows(doc, "providers");
        assertEquals(7, providers.size());
        assertEquals(List.of("file_processors", "pypdf", "inline::pypdf", "allowed by exception"),
                providers.get(0).subList(0, 4));
        List<String> openai = providers.stream().filter(r -> r.get(2).equals("remote::openai")).findFirst()
                .orElseThrow();
        assertEquals("inference", openai.get(0));
        assertEquals("supported", openai.get(3));
        assertTrue(!openai.get(4).isEmpty(), "the reason for LCS's verdict");

        assertEquals(List.of(
                List.of("inline::localfs", "files API for file-search and responses (LCS's table marks no files"
                        + " provider supported; LCS's own run.yaml uses localfs)"),
                List.of("inline::pypdf", "PDF file processor for file-search (no file_processors row in LCS's table;"
                        + " LCS's default_run.yaml uses pypdf)")),
                rows(doc, "exceptions"));

        assertEquals(List.of(List.of("models", "gpt-4o-mini", "openai"),
                List.of("models", "text-embedding-3-small", "openai")), rows(doc, "resources"));

        List<List<String>> packages = rows(doc, "packages");
        List<String> faiss = packages.stream().filter(r -> r.get(0).equals("vector_io: inline::faiss")).findFirst()
                .orElseThrow();
        assertTrue(faiss.get(1).contains("faiss-cpu"), faiss.toString());
        assertTrue(doc.text().contains("The declaration's dependencies: constraint faiss-cpu >=1.11.0."), doc.text());
        List<List<String>> problems = rows(doc, "problems");
        assertEquals(List.of("info", "info"), problems.stream().map(r -> r.get(0)).toList(), problems.toString());
        assertTrue(problems.get(0).get(1).contains("provider-allowed-unsupported"), problems.toString());
    }

    @Test
    void problemsAreListed() {
        String decl = "llamaStack: 0.3.5\nproviders:\n  - type: remote::bedrock\n    api: inference\n";
        Document doc = render(StackReports.read(decl.getBytes(StandardCharsets.UTF_8), "stack.yaml", null,
                List.of()));
        List<List<String>> problems = rows(doc, "problems");
        assertTrue(problems.stream().anyMatch(r -> r.get(0).equals("error")
                && r.get(1).contains("provider-unsupported")), problems.toString());
        assertEquals("not supported", rows(doc, "providers").get(0).get(3));
        assertTrue(doc.text().contains("None: every provider is supported by Lightspeed Core."));
    }
}
