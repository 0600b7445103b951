package dev.lightspeed.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only package {@code dev.lightspeed.stack.maven} may use Maven or plexus types; the core must serve a CLI too. */
class CoreKnowsNoMavenTest {

    @Test
    void noMavenImportsOutsideTheMavenPackage() throws IOException {
        Path root = Path.of("src/main/java/dev/lightspeed/stack");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !root.relativize(p).startsWith("maven"))
                    .filter(CoreKnowsNoMavenTest::importsMaven)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean importsMaven(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import org.apache.maven.")
                    || l.startsWith("import org.codehaus.plexus.") || l.startsWith("import org.sonatype.plexus."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
