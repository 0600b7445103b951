package dev.lightspeed.stack.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.PyprojectMode;
import dev.lightspeed.stack.generate.PyprojectTarget;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One declaration, every release: each example's declaration generated for each bundled release, the target switched
 * the way {@code -Dlightspeed.llamaStack} switches it. The results are goldens under
 * {@code src/test/resources/golden/examples/<example>/<release>/}: {@code run.yaml} and {@code llslibdev.toml} (the
 * group's fragment) where the example can target the release, with {@code problems.txt} when generate says anything;
 * only {@code problems.txt} where it cannot: exactly the keys and providers that stand in the way. The release the
 * example names itself is {@code <example>/run.yaml} ({@link ExamplesTest}), not repeated here, but it must generate
 * the same bytes when named as an override. {@code -Dgolden.update=true} rewrites the goldens.
 */
class ExamplesAcrossReleasesTest {

    static Stream<Arguments> cases() throws IOException {
        return ExamplesTest.examples().flatMap(name -> BundledCatalogs.RELEASES.stream()
                .map(release -> Arguments.of(name, release)));
    }

    static GenerateResult generate(String name, String release) throws IOException {
        byte[] decl = Files.readAllBytes(ExamplesTest.declaration(name));
        Path project = TestFiles.projectDir().resolve("target/examples-across-releases").resolve(name);
        return new StackGenerator().generate(new GenerateRequest(decl, "src/main/lightspeed/stack.yaml", release,
                List.of(), Paths.get("target/generated-resources/lightspeed"), false, new PyprojectTarget(
                        project.resolve("pyproject.toml"), "pyproject.toml", project, PyprojectMode.FRAGMENT)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("cases")
    void generatesTheGoldenFilesOrSaysWhatStandsInTheWay(String name, String release) throws IOException {
        GenerateResult result = generate(name, release);
        String problems = result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        String own = ExamplesTest.generate(name).declaration().orElseThrow().llamaStack();
        if (release.equals(own)) {
            assertTrue(!result.hasErrors(), problems);
            assertEquals(TestFiles.read(TestFiles.resource("golden/examples/" + name + "/run.yaml")),
                    text(result, "run.yaml"), "naming its own release as the override changes nothing");
            return;
        }
        String dir = "golden/examples/" + name + "/" + release;
        Path source = TestFiles.sourceResource(dir);
        Path expected = TestFiles.goldenUpdate() ? source : TestFiles.resource(dir);
        if (result.hasErrors()) {
            assertTrue(result.outputs().isEmpty(), "nothing is written when there are errors");
            TestFiles.assertGolden(source, expected.resolve("problems.txt"), "problems.txt", problems + "\n");
            assertTrue(TestFiles.goldenUpdate() || !Files.exists(expected.resolve("run.yaml")),
                    "a stale run.yaml beside problems.txt in " + dir);
            return;
        }
        if (!result.problems().isEmpty() || Files.exists(expected.resolve("problems.txt"))) {
            TestFiles.assertGolden(source, expected.resolve("problems.txt"), "problems.txt", problems + "\n");
        }
        String runYaml = text(result, "run.yaml");
        assertTrue(runYaml.contains(" for " + BundledCatalogs.get(release).displayName() + "."), runYaml);
        TestFiles.assertGolden(source, expected.resolve("run.yaml"), "run.yaml", runYaml);
        TestFiles.assertGolden(source, expected.resolve("llslibdev.toml"), "llslibdev.toml",
                text(result, "llslibdev.toml"));
    }

    private static String text(GenerateResult result, String fileName) {
        return result.outputs().stream().filter(o -> o.path().getFileName().toString().equals(fileName))
                .map(Output::bytes).map(b -> new String(b, StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + fileName + " among " + result.outputs()));
    }
}
