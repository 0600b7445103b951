package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden directories under {@code src/test/resources/golden/import/<case>/}: {@code case.properties} names the
 * source ({@code source=}, a test resource), and optionally {@code target=}, {@code force=true} and
 * {@code pyproject=}. The import must give exactly {@code expected/stack.yaml} and {@code expected/problems.txt}
 * (every problem and note, as the build log shows them); a declaration must generate without errors.
 * {@code -Dgolden.update=true} rewrites the expected files.
 */
class GoldenImportTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestFiles.resource("golden/import"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void importsExactlyTheGoldenDeclaration(String name) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(TestFiles.resource("golden/import/" + name + "/case.properties"))) {
            props.load(r);
        }
        String source = props.getProperty("source");
        String pyproject = props.getProperty("pyproject");
        String file = source.substring(source.lastIndexOf('/') + 1);
        ImportResult result = new StackImporter().run(new ImportRequest(Files.readAllBytes(TestFiles.resource(
                source)), file, props.getProperty("target"), pyproject == null ? null : Files.readAllBytes(
                TestFiles.resource(pyproject)), pyproject == null ? null : "pyproject.toml",
                Boolean.parseBoolean(props.getProperty("force"))));
        Path dir = TestFiles.resource("golden/import/" + name);
        Path sourceDir = TestFiles.sourceResource("golden/import/" + name + "/expected");
        String problems = result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        TestFiles.assertGolden(sourceDir, dir.resolve("expected/problems.txt"), "problems.txt", problems + "\n");
        if (result.declaration().isEmpty()) {
            assertTrue(result.hasErrors(), "no declaration without an error");
            assertTrue(Files.notExists(dir.resolve("expected/stack.yaml")) || TestFiles.goldenUpdate());
            return;
        }
        TestFiles.assertGolden(sourceDir, dir.resolve("expected/stack.yaml"), "stack.yaml", result.declaration().get());
        if (result.problems().stream().noneMatch(p -> p.is(RuleId.IMPORT_GENERATE))) {
            GenerateResult g = ImportFixture.generate(result.declaration().get(), null);
            assertTrue(!g.hasErrors());
        }
    }
}
