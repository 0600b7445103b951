package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lightspeed.stack.declaration.DeclarationText;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs to generate (issue 14), made at test time where large: each gives a positioned error with a fix,
 * never an exception or {@code internal-error}, and no output. The timeout is a hang guard (a FIFO), not a benchmark.
 */
class HostileGenerateTest {

    static final String OPENAI = "providers:\n  - type: remote::openai\n    config: {api_key: '${env.OPENAI_API_KEY}'}\n";

    @TempDir
    Path dir;

    /** Generates for llama-stack 0.3.5 (where a bare remote::openai is an inference provider). */
    private GenerateResult generate(String declaration, List<Path> catalogs, PyprojectTarget pyproject) {
        return assertTimeoutPreemptively(Duration.ofMinutes(1), () -> new StackGenerator().generate(
                new GenerateRequest(declaration.getBytes(StandardCharsets.UTF_8), "stack.yaml", "0.3.5", catalogs,
                        dir.resolve("out"), false, pyproject)));
    }

    private GenerateResult generate(String declaration, List<Path> catalogs) {
        return generate(declaration, catalogs, new PyprojectTarget(null, "pyproject.toml", null,
                PyprojectMode.FRAGMENT));
    }

    /** The first error, after checking that every problem is positioned, has a fix, and nothing is written. */
    static Problem refused(GenerateResult r) {
        String all = r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(r.hasErrors(), all + "\n" + r.outputs());
        assertTrue(r.outputs().isEmpty(), "nothing is written: " + all);
        List<String> bad = new ArrayList<>();
        for (Problem p : r.problems()) {
            if (p.rule().equals("internal-error") || p.isError() && (!p.location().isKnown() || p.fix().isBlank())) {
                bad.add(p.toString());
            }
            if (p.oneLine().length() > 2_000) {
                bad.add("too long: " + p.oneLine().substring(0, 200));
            }
        }
        assertEquals(List.of(), bad);
        return r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String nested(int depth) {
        return "(".repeat(depth) + "python_version >= '3.10'" + ")".repeat(depth);
    }

    @Test
    void markerNestedThousandsDeepInExtrasIsADepthErrorAtTheEntry() {
        GenerateResult r = generate(OPENAI + "dependencies:\n  extras:\n    - ok>=1\n    - \"x; " + nested(5_000)
                + "\"\n", List.of());
        Problem p = refused(r);
        assertEquals("dependency-extra-syntax", p.rule());
        assertEquals("dependencies.extras[1]", p.path());
        assertEquals(7, p.location().line(), p.toString());
        assertEquals(8 + 3 + 32, p.location().column(), p.toString()); // the 33rd '('
        assertTrue(p.message().contains("nested more than 32 deep"), p.message());
    }

    @Test
    void extrasProblemsPointAtTheEntryAndColumn() {
        Problem p = refused(generate(OPENAI + "dependencies:\n  extras: [ok>=1, 'bad extra']\n", List.of()));
        assertEquals("stack.yaml:5:24", p.location().toString(), p.toString()); // the 'e' of "extra"
    }

    @Test
    void markerNestedThousandsDeepInACatalogIsACatalogError() throws IOException {
        Path c = file("c.yaml", "providers:\n  - api: inference\n    provider_type: remote::deep\n"
                + "    pip_packages: [\"x; " + nested(3_000) + "\"]\n");
        Problem p = refused(generate("providers: [{type: remote::deep}]\n", List.of(c)));
        assertEquals("catalog-pip-syntax", p.rule());
        assertEquals(4, p.location().line(), p.toString());
    }

    @Test
    void selfReferringConfigSchemasAreADepthErrorNotAStackOverflow() throws IOException {
        String[] schemas = {
            "{$ref: '#'}",
            "{anyOf: [{$ref: '#'}, {type: string}]}",
            "{anyOf: [{$ref: '#'}, {$ref: '#'}]}",
            "{$defs: {A: {anyOf: [{$ref: '#/$defs/B'}]}, B: {oneOf: [{$ref: '#/$defs/A'}]}}, $ref: '#/$defs/A'}",
            "{oneOf: [{$ref: '#'}], discriminator: {propertyName: kind, mapping: {a: '#'}}}",
        };
        for (String schema : schemas) {
            Path c = file("c.yaml", "providers:\n  - api: inference\n    provider_type: remote::loop\n"
                    + "    config_schema: " + schema + "\n");
            Problem p = refused(generate("providers:\n  - type: remote::loop\n    config: {kind: a, url: x}\n",
                    List.of(c)));
            assertEquals("config-schema-recursive", p.rule(), schema + " → " + p);
            assertTrue(p.message().contains("refers to itself"), p.toString());
            assertEquals(3, p.location().line(), p.toString());
        }
    }

    @Test
    void aCatalogPatternThatIsNoRegexIsACatalogErrorAtThePattern() throws IOException {
        Path c = file("c.yaml", "providers:\n  - api: inference\n    provider_type: remote::re\n"
                + "    config_schema:\n      type: object\n      properties:\n        url: {type: string, pattern: '(['}\n");
        Problem p = refused(generate("providers:\n  - type: remote::re\n    config: {url: x}\n", List.of(c)));
        assertEquals("config-schema-pattern", p.rule());
        assertEquals(c + ":7:39", p.location().toString(), p.toString());
    }

    @Test
    void distributionNamesCannotBreakOutOfPathsOrReferences() {
        for (String name : List.of("evil}/../../../tmp/pwn", "..", "a/b", "${env.X}", ".hidden", "a b")) {
            Problem p = refused(generate("distribution: '" + name + "'\n" + OPENAI, List.of()));
            assertEquals("declaration-distribution-name", p.rule(), name);
            assertEquals("stack.yaml:1:15", p.location().toString());
            assertTrue(p.fix().contains("distribution: "), p.fix());
        }
        assertFalse(generate("distribution: docs-assistant_2.0\n" + OPENAI, List.of()).hasErrors());
    }

    @Test
    void anEmptyProviderInThePomListIsAPositionedError() {
        byte[] decl = DeclarationText.fromProviderTypes("app", java.util.Arrays.asList("remote::openai", null, ""));
        Problem p = refused(generate(new String(decl, StandardCharsets.UTF_8), List.of()));
        assertTrue(p.path().startsWith("providers[1]"), p.toString());
    }

    @Test
    void aMillionDigitValueIsNotEchoedWhole() {
        GenerateResult r = generate("distribution: " + "9".repeat(1_000_000) + "\n" + OPENAI, List.of());
        Problem p = refused(r);
        assertTrue(p.toString().contains("characters]"), p.toString());
    }

    @Test
    void specialFilesAsCatalogOrPyprojectAreNamedForWhatTheyAre() throws Exception {
        Path fifo = mkfifo("pipe.yaml");
        Problem p = refused(generate(OPENAI, List.of(fifo)));
        assertEquals("file-unreadable", p.rule());
        assertTrue(p.message().contains("named pipe (FIFO)"), p.toString());
        p = refused(generate(OPENAI, List.of(Path.of("/dev/zero"))));
        assertTrue(p.message().contains("character device"), p.toString());
        for (Path pyproject : List.of(fifo, Path.of("/dev/zero"), Files.createDirectory(dir.resolve("pyproject.toml")))) {
            p = refused(generate(OPENAI, List.of(), new PyprojectTarget(pyproject, "pp.toml", null,
                    PyprojectMode.WRITE)));
            assertTrue(p.oneLine().startsWith("pp.toml: pyproject-unreadable: is a "), p.toString());
            assertTrue(p.message().matches(".*(named pipe|character device|directory).*"), p.toString());
        }
    }

    @Test
    void aPyprojectOutsideTheProjectIsRefusedTruthfullyAndTheReactorRootIsInside() throws IOException {
        Path root = Files.createDirectories(dir.resolve("reactor"));
        Path module = Files.createDirectories(root.resolve("module"));
        Path shared = Files.writeString(root.resolve("pyproject.toml"), "[project]\nname = \"x\"\n");
        Path outside = file("pyproject.toml", "[project]\nname = \"x\"\n");
        Path realRoot = root.toRealPath();

        Problem p = refused(generate(OPENAI, List.of(), new PyprojectTarget(outside, "../pyproject.toml", root,
                PyprojectMode.WRITE)));
        assertEquals("../pyproject.toml: pyproject-outside-project: is outside the project directory " + root
                + " (fix: point <pyproject> at a file inside " + root + ")", p.oneLine());

        Path link = Files.createSymbolicLink(module.resolve("pyproject.toml"), outside);
        p = refused(generate(OPENAI, List.of(), new PyprojectTarget(link, "module/pyproject.toml", root,
                PyprojectMode.WRITE)));
        assertEquals("module/pyproject.toml: pyproject-outside-project: leads through a symbolic link to "
                + outside.toRealPath() + ", outside the project directory " + root + " (fix: point <pyproject> at a"
                + " file inside " + root + ")", p.oneLine());

        GenerateResult ok = generate(OPENAI, List.of(), new PyprojectTarget(shared, "../pyproject.toml", realRoot,
                PyprojectMode.WRITE));
        assertTrue(ok.problems().stream().noneMatch(Problem::isError), ok.problems().toString());
        Path sharedReal = shared.toRealPath();
        assertTrue(ok.outputs().stream().anyMatch(o -> o.path().equals(sharedReal)));
    }

    @Test
    void aReadOnlyPyprojectIsHonouredEvenForRoot() throws IOException {
        Path pp = file("pyproject.toml", "[project]\nname = \"x\"\n");
        Files.setPosixFilePermissions(pp, PosixFilePermissions.fromString("r--r--r--"));
        Problem p = refused(generate(OPENAI, List.of(), new PyprojectTarget(pp, "pyproject.toml", dir,
                PyprojectMode.WRITE)));
        assertEquals("pyproject-read-only", p.rule());
    }

    Path mkfifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process proc;
        try {
            proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            throw e;
        }
        assumeTrue(proc.waitFor() == 0, "mkfifo failed");
        return p;
    }
}
