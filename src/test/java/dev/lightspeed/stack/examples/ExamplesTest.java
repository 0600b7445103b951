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
 * its pom.xml uses the plugin version of the root pom.xml. Every example names its release ({@code llamaStack:}), so
 * a change of the default release changes none of them. {@link ExamplesAcrossReleasesTest} generates each one for
 * every other release; the invoker execution {@code examples} of the root pom.xml builds each with Maven.
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

    static Path declaration(String name) {
        return TestFiles.projectDir().resolve("examples").resolve(name).resolve("src/main/lightspeed/stack.yaml");
    }

    static GenerateResult generate(String name) throws IOException {
        byte[] decl = Files.readAllBytes(declaration(name));
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

    @ParameterizedTest
    @MethodSource("examples")
    void namesItsRelease(String name) throws IOException {
        assertTrue(Files.readString(declaration(name)).lines().anyMatch(l -> l.startsWith("llamaStack: ")),
                name + " must name its release explicitly (llamaStack:)");
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
