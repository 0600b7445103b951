package dev.lightspeed.stack.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.PyprojectMode;
import dev.lightspeed.stack.generate.PyprojectTarget;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example project under {@code examples/}: its declaration generates without errors, exactly the run.yaml
 * kept in {@code src/test/resources/golden/examples/<name>/run.yaml} ({@code -Dgolden.update=true} rewrites it), and
 * its pom.xml uses the plugin version of the root pom.xml.
 */
class ExamplesTest {

    private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");
    private static final Pattern PLUGIN_VERSION = Pattern.compile(
            "<lightspeed.plugin.version>([^<]+)</lightspeed.plugin.version>");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(TestFiles.projectDir().resolve("examples"))) {
            return dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    static GenerateResult generate(String name) throws IOException {
        Path dir = TestFiles.projectDir().resolve("examples").resolve(name);
        byte[] decl = Files.readAllBytes(dir.resolve("src/main/lightspeed/stack.yaml"));
        return new StackGenerator().generate(new GenerateRequest(decl, "src/main/lightspeed/stack.yaml", null,
                List.of(), Paths.get("target/generated-resources/lightspeed"), false));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void generatesTheGoldenRunYaml(String name) throws IOException {
        GenerateResult result = generate(name);
        assertFalse(result.hasErrors(), () -> result.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        String actual = new String(result.outputs().get(0).bytes(), StandardCharsets.UTF_8);
        Path golden = TestFiles.sourceResource("golden/examples/" + name + "/run.yaml");
        if (TestFiles.goldenUpdate()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing " + golden + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    /** One declaration, both releases: each example also generates for the release it does not name. */
    @ParameterizedTest
    @MethodSource("examples")
    void generatesForTheOtherReleaseToo(String name) throws IOException {
        Path dir = TestFiles.projectDir().resolve("examples").resolve(name);
        byte[] decl = Files.readAllBytes(dir.resolve("src/main/lightspeed/stack.yaml"));
        for (String release : List.of("0.3.5", "0.2.22")) {
            GenerateResult result = new StackGenerator().generate(new GenerateRequest(decl,
                    "src/main/lightspeed/stack.yaml", release, List.of(), Paths.get("out"), false));
            if (name.equals("lcs-reproduction") && release.equals("0.2.22")) {
                // LCS's configs use 0.3.x fields (openai allowed_models, agents persistence): the 0.2.22 schemas
                // reject exactly those, by name
                assertEquals(List.of("config-unknown-field"), result.problems().stream().filter(Problem::isError)
                        .map(Problem::rule).distinct().toList());
                continue;
            }
            assertFalse(result.hasErrors(), () -> release + ":\n" + result.problems().stream()
                    .map(Problem::toString).collect(Collectors.joining("\n")));
            String text = new String(result.outputs().get(0).bytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("for llama-stack " + release + "."), text);
            assertEquals(release.equals("0.3.5"), text.contains("\nregistered_resources:\n"), text);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void keepsItsPyprojectUpToDate(String name) throws IOException {
        Path dir = TestFiles.projectDir().resolve("examples").resolve(name);
        Path pyproject = dir.resolve("pyproject.toml");
        assertTrue(Files.exists(pyproject), name + " models an LCS-based assistant and needs a pyproject.toml");
        byte[] decl = Files.readAllBytes(dir.resolve("src/main/lightspeed/stack.yaml"));
        GenerateResult result = new StackGenerator().generate(new GenerateRequest(decl,
                "src/main/lightspeed/stack.yaml", null, List.of(), Paths.get("target/generated-resources/lightspeed"),
                false, new PyprojectTarget(pyproject, "pyproject.toml", dir, PyprojectMode.CHECK)));
        assertFalse(result.hasErrors(), () -> result.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        String text = Files.readString(pyproject);
        int start = text.indexOf("llslibdev = [");
        assertTrue(start >= 0, "no llslibdev group in " + pyproject);
        assertTrue(text.indexOf("\"", start) < text.indexOf("]", start), "the llslibdev group is empty");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void usesThePluginVersionOfTheRootPom(String name) throws IOException {
        String root = Files.readString(TestFiles.projectDir().resolve("pom.xml"));
        Matcher rm = VERSION.matcher(root.substring(root.indexOf("<artifactId>lightspeed-stack-maven-plugin")));
        assertTrue(rm.find());
        String example = Files.readString(TestFiles.projectDir().resolve("examples").resolve(name).resolve("pom.xml"));
        Matcher em = PLUGIN_VERSION.matcher(example);
        assertTrue(em.find(), name + " must set lightspeed.plugin.version");
        assertEquals(rm.group(1), em.group(1), name + "/pom.xml uses another plugin version than the root pom.xml");
    }
}
