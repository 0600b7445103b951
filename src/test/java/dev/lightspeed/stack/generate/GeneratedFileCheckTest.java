package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.DeclarationReader;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YNodes;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read-back of the rendered run.yaml: without an {@code override:} the in-memory document is checked, and the text
 * is read only to place an error it finds.
 */
class GeneratedFileCheckTest {

    private static final String DECLARATION = "providers:\n  - type: remote::openai\n"
            + "    config:\n      api_key: ${env.OPENAI_API_KEY}\n";

    private static Declaration declaration() {
        return new DeclarationReader().read(DECLARATION.getBytes(StandardCharsets.UTF_8), "stack.yaml", null)
                .declaration().orElseThrow();
    }

    private static Map<String, Object> document(Declaration d, Catalog c) {
        Problems ignored = new Problems();
        return RunYamlGenerator.document(StackAssembler.assemble(d, c, ignored), d);
    }

    @Test
    void aGeneratedDocumentPassesWithoutReadingItBack() {
        Declaration d = declaration();
        Catalog c = BundledCatalogs.get(d.llamaStack());
        Map<String, Object> doc = document(d, c);
        Problems out = new Problems();
        GeneratedFileCheck.check(inMemory(doc), null, YamlWriter.write(doc), "out/run.yaml", d, c, out);
        assertEquals(List.of(), out.sorted());
    }

    @Test
    void anErrorInTheDocumentIsPlacedOnTheRenderedLine() {
        Declaration d = declaration();
        Catalog c = BundledCatalogs.get(d.llamaStack());
        Map<String, Object> doc = new LinkedHashMap<>(document(d, c));
        doc.put("apis", List.of("inference", "nope"));
        String text = YamlWriter.write(doc);
        Problems out = new Problems();
        GeneratedFileCheck.check(inMemory(doc), null, text, "out/run.yaml", d, c, out);
        List<Problem> errors = out.errors();
        assertEquals(1, errors.size(), out.sorted().toString());
        String line = "out/run.yaml:" + (lineOf(text, "- nope") + 1) + ":";
        assertTrue(errors.get(0).toString().startsWith("error " + line), errors.get(0).toString());
        assertTrue(errors.get(0).toString().contains("generated-invalid: apis[1]: run-api-unknown"),
                errors.get(0).toString());
    }

    private static YNode inMemory(Map<String, Object> doc) {
        return YNodes.fromPlain(doc, Location.of("out/run.yaml"));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not in\n" + text);
    }
}
