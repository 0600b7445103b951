package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fresh generate reads the bundled catalog, the release index and the declaration schema from their packed form
 * (PackedJson), the declaration without SnakeYAML's scanner and parser (BlockYaml) and writes run.yaml without its
 * emitter (PlainBlockWriter): in a fresh JVM that generates {@code examples/openai-rag}, none of them is loaded, only
 * Jackson's tree nodes and SnakeYAML's resolver and nodes (issue 16).
 */
class ParserFreeGenerateTest {

    @Test
    void aFreshGenerateLoadsNoParserOrEmitterItDoesNotNeed() throws Exception {
        Path declaration = TestFiles.projectDir().resolve("examples/openai-rag/src/main/lightspeed/stack.yaml");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xlog:class+load=info:stdout", "-cp",
                System.getProperty("java.class.path"), ParserFreeGenerateMain.class.getName(), declaration.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("== outputs 1, errors 0"), out.lines().filter(l -> l.startsWith("==")).toList()
                .toString());
        assertTrue(out.contains(" com.fasterxml.jackson.databind.node.ObjectNode "), "the log lists loaded classes");
        assertTrue(out.contains(" org.yaml.snakeyaml.resolver.Resolver "), "SnakeYAML's resolver reads the scalars");
        for (String parser : List.of("com.fasterxml.jackson.core.JsonFactory ",
                "com.fasterxml.jackson.core.json.UTF8StreamJsonParser ",
                "com.fasterxml.jackson.databind.ObjectMapper ", "org.yaml.snakeyaml.scanner.ScannerImpl ",
                "org.yaml.snakeyaml.parser.ParserImpl ", "org.yaml.snakeyaml.composer.Composer ",
                "org.yaml.snakeyaml.emitter.Emitter ", "org.yaml.snakeyaml.serializer.Serializer ")) {
            assertFalse(out.contains(" " + parser), parser + "was loaded on a fresh generate's path");
        }
    }
}
