package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate configured the way Maven configures it (maven-plugin-testing-harness 3.5.1): the harness evaluates the
 * POM's configuration and the parameters' defaults; each test then moves the project into a temporary copy (a real
 * {@link MavenProject} built from the POM's {@link Model}), so the files the goal writes never touch the test
 * resources.
 */
@MojoTest
class GenerateMojoTest {

    static final String WRITE = "/unit/generate-write";
    static final String WRITE_POM = "classpath:/unit/generate-write/pom.xml";
    static final String POM_PROVIDERS = "/unit/generate-pom-providers";
    static final String POM_PROVIDERS_POM = "classpath:/unit/generate-pom-providers/pom.xml";
    static final String RUN_YAML = "target/generated-resources/lightspeed/run.yaml";
    static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    final MavenReportingTest.RecordingLog log = new MavenReportingTest.RecordingLog();

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void writesRunYamlAndTheLlslibdevGroupIntoPyproject(GenerateMojo mojo) throws Exception {
        assertEquals("auto", mojo.pyprojectMode);
        assertFalse(mojo.attach);
        rebase(mojo, WRITE);
        mojo.execute();

        assertBytes("generate-write/expected/run.yaml", dir.resolve(RUN_YAML));
        assertBytes("generate-write/expected/pyproject.toml", dir.resolve("pyproject.toml"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(RUN_YAML))));
        assertEquals(List.of("INFO wrote " + RUN_YAML, "INFO wrote pyproject.toml", "INFO lightspeed:generate"
                + " (llama-stack 0.3.5): 2 providers, 1 resource, 3 llslibdev packages; 2 files written, 0 up to date;"
                + " 0 errors, 0 warnings"), log.lines);
        String out = dir.resolve("target/generated-resources/lightspeed").toFile().getAbsolutePath();
        assertEquals(1, mojo.project.getResources().stream().map(Resource::getDirectory).filter(out::equals).count());
        assertTrue(mojo.project.getAttachedArtifacts().isEmpty(), "attach is off by default");
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void secondExecuteRewritesNothing(GenerateMojo mojo) throws Exception {
        rebase(mojo, WRITE);
        mojo.execute();
        Path run = dir.resolve(RUN_YAML);
        Path py = dir.resolve("pyproject.toml");
        Files.setLastModifiedTime(run, OLD);
        Files.setLastModifiedTime(py, OLD);
        log.lines.clear();

        mojo.execute();

        assertEquals(OLD, Files.getLastModifiedTime(run));
        assertEquals(OLD, Files.getLastModifiedTime(py));
        assertEquals(List.of("INFO up to date: " + RUN_YAML, "INFO up to date: pyproject.toml", "INFO"
                + " lightspeed:generate: inputs unchanged since the last build: 2 files up to date; 0 errors,"
                + " 0 warnings"), log.lines);
        String out = dir.resolve("target/generated-resources/lightspeed").toFile().getAbsolutePath();
        assertEquals(1, mojo.project.getResources().stream().map(Resource::getDirectory).filter(out::equals).count(),
                "the output directory is added to the resources once");
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "pyprojectMode", value = "nonsense")
    void skip(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);
        mojo.execute();
        assertEquals(List.of("INFO lightspeed:generate skipped (<skip>true</skip> or -Dlightspeed.skip=true)"),
                log.lines);
        assertFalse(Files.exists(dir.resolve("target")));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
        assertTrue(mojo.project.getResources().isEmpty());
    }

    @Test
    @Basedir(POM_PROVIDERS)
    @InjectMojo(goal = "generate", pom = POM_PROVIDERS_POM)
    void providersInThePomAndAttach(GenerateMojo mojo) throws Exception {
        assertEquals(List.of("remote::vllm", "inline::faiss"), mojo.providers);
        assertTrue(mojo.attach);
        rebase(mojo, POM_PROVIDERS);
        mojo.execute();

        Path run = dir.resolve(RUN_YAML);
        assertBytes("generate-pom-providers/expected/run.yaml", run);
        assertEquals(List.of("INFO wrote " + RUN_YAML, "INFO lightspeed:generate (llama-stack 0.2.22): 3 providers,"
                + " 0 resources; 1 file written, 0 up to date; 0 errors, 0 warnings"), log.lines,
                "pyprojectMode off: no group, no fragment");
        assertFalse(Files.exists(dir.resolve("target/generated-resources/lightspeed/llslibdev.toml")));

        List<Artifact> attached = mojo.project.getAttachedArtifacts();
        assertEquals(1, attached.size());
        Artifact a = attached.get(0);
        assertEquals("run", a.getClassifier());
        assertEquals("yaml", a.getType());
        assertEquals("generate-pom-providers", a.getArtifactId());
        assertEquals(run.toFile().getAbsoluteFile(), a.getFile().getAbsoluteFile());
    }

    @Test
    @Basedir(POM_PROVIDERS)
    @InjectMojo(goal = "generate", pom = POM_PROVIDERS_POM)
    void declarationFileAndPomProvidersTogetherFail(GenerateMojo mojo) throws Exception {
        rebase(mojo, POM_PROVIDERS);
        Path stack = dir.resolve("src/main/lightspeed/stack.yaml");
        Files.createDirectories(stack.getParent());
        Files.writeString(stack, "providers: [{type: remote::openai}]\n");

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("lightspeed:generate failed: 1 error\n  src/main/lightspeed/stack.yaml: declaration-conflict: both"
                + " src/main/lightspeed/stack.yaml and <providers> declare providers (fix: keep one: remove <providers>"
                + " from the POM, or the file)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("target")));
        assertTrue(mojo.project.getAttachedArtifacts().isEmpty());
    }

    @Test
    @Basedir(POM_PROVIDERS)
    @InjectMojo(goal = "generate", pom = POM_PROVIDERS_POM)
    void problemsInPomProvidersPointAtThePom(GenerateMojo mojo) throws Exception {
        rebase(mojo, POM_PROVIDERS);
        mojo.providers = List.of("remote::vllm", "inline::fais");

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("lightspeed:generate failed: 1 error\n  pom.xml <providers>:4:9: provider-unknown-type:"
                + " providers[1].type: unknown provider type 'inline::fais' in llama-stack 0.2.22 (fix: did you mean"
                + " 'inline::faiss', 'inline::basic' or 'inline::localfs'?)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("src/main/lightspeed/stack.yaml")));
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void aModuleWithoutADeclarationAtTheDefaultPathIsSkipped(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);
        Files.delete(dir.resolve("src/main/lightspeed/stack.yaml"));

        mojo.execute();

        assertEquals(List.of("INFO lightspeed:generate: nothing to generate in this module: no declaration at"
                + " src/main/lightspeed/stack.yaml and no <providers> (a declaration set with <declaration> or"
                + " -Dlightspeed.declaration must exist)"), log.lines);
        assertFalse(Files.exists(dir.resolve("target")));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
        assertTrue(mojo.project.getResources().isEmpty());
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void anExplicitDeclarationThatDoesNotExistFailsWithTheFix(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);
        mojo.declaration = dir.resolve("stack/missing.yaml").toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("lightspeed:generate failed: 1 error\n  pom.xml: declaration-missing: no declaration:"
                + " stack/missing.yaml does not exist and no"
                + " <providers> are configured (fix: create stack/missing.yaml with"
                + " 'providers: [{type: remote::openai, api: inference}]', set <declaration> / -Dlightspeed.declaration, or list"
                + " <providers> in the POM)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("target")));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void inCiAutoChecksInsteadOfWriting(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);
        mojo.environment = name -> name.equals("CI") ? "True" : null;

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("lightspeed:generate failed: 1 error\n  pyproject.toml:"
                + " pyproject-out-of-date: checked, not written, because the environment variable CI is 'true' (a CI"
                + " build; -Dlightspeed.pyprojectMode=write writes it anyway): pyproject.toml is out of date:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n (fix: mvn generate-resources -Dlightspeed.pyprojectMode=write)"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
        assertFalse(Files.exists(dir.resolve("target")));

        mojo.pyprojectMode = "write";
        log.lines.clear();
        mojo.execute();
        assertTrue(log.lines.contains("INFO wrote pyproject.toml"), log.lines.toString());

        mojo.pyprojectMode = "auto";
        log.lines.clear();
        mojo.execute();
        assertEquals("INFO lightspeed:generate (llama-stack 0.3.5): 2 providers, 1 resource, 3 llslibdev packages;"
                + " 0 files written, 1 up to date; pyproject.toml checked: up to date; 0 errors, 0 warnings",
                log.lines.get(log.lines.size() - 1), "a CI build checks the up-to-date file");
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void theFragmentIsNotPackagedAndAStaleOneIsRemoved(GenerateMojo mojo) throws Exception {
        rebase(mojo, WRITE);
        mojo.pyprojectMode = "fragment";
        mojo.execute();
        Path fragment = dir.resolve("target/generated-resources/lightspeed/llslibdev.toml");
        assertTrue(Files.exists(fragment));
        Resource r = mojo.project.getResources().get(0);
        assertEquals(List.of("llslibdev.toml"), r.getExcludes());

        mojo.pyprojectMode = "write";
        log.lines.clear();
        mojo.execute();
        assertFalse(Files.exists(fragment), "the fragment of the fragment mode is gone");
        assertTrue(log.lines.contains("INFO removed target/generated-resources/lightspeed/llslibdev.toml"
                + " (pyprojectMode is no longer fragment)"), log.lines.toString());
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    @MojoParameter(name = "pyprojectMode", value = "rewrite")
    void unknownPyprojectModeFails(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("lightspeed:generate failed: 1 error\n  pom.xml: parameter: pyprojectMode: unknown <pyprojectMode>"
                + " 'rewrite' (fix: use write, check, fragment, off"
                + " or auto, e.g. -Dlightspeed.pyprojectMode=check)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("target")));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void anErrorInTheDeclarationWritesNothing(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);
        Path stack = dir.resolve("src/main/lightspeed/stack.yaml");
        Files.writeString(stack, Files.readString(stack).replace("api_token:", "api_tokn:"));

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        String line = "src/main/lightspeed/stack.yaml:7:7: config-unknown-field: providers[0].config.api_tokn:"
                + " unknown field 'api_tokn' (fix: did you mean 'api_token'?)";
        assertEquals("lightspeed:generate failed: 1 error\n  " + line, e.getMessage());
        assertEquals(List.of("ERROR " + line), log.lines);
        assertFalse(Files.exists(dir.resolve("target")), "no run.yaml, no output directory");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
        assertTrue(mojo.project.getResources().isEmpty());
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    @MojoParameter(name = "pyprojectMode", value = "check")
    void aStaleGroupInCheckModeFailsAndWritesNothing(GenerateMojo mojo) throws Exception {
        byte[] before = rebase(mojo, WRITE);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("lightspeed:generate failed: 1 error\n  pyproject.toml:"
                + " pyproject-out-of-date: pyproject.toml is out of date: the llslibdev dependency group (or its"
                + " [tool.uv] entries) differs from what the declaration generates:\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n+llslibdev = [\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n+    \"faiss-cpu>=1.11.0\",\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n (fix: mvn generate-resources -Dlightspeed.pyprojectMode=write)"),
                e.getMessage());
        assertEquals(1, e.getMessage().split("mvn generate-resources", -1).length - 1, "the fix is stated once");
        assertFalse(Files.exists(dir.resolve("target")), "run.yaml is not written either");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("pyproject.toml")));
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    void withoutPyprojectTheGroupBecomesAFragment(GenerateMojo mojo) throws Exception {
        rebase(mojo, WRITE);
        Files.delete(dir.resolve("pyproject.toml"));
        mojo.execute();
        Path fragment = dir.resolve("target/generated-resources/lightspeed/llslibdev.toml");
        assertEquals("[dependency-groups]\nllslibdev = [\n    # Generated by lightspeed-stack-maven-plugin from the"
                + " provider declaration: edit that, not this list\n    # API vector_io: inline::faiss\n"
                + "    \"chardet\",\n    \"faiss-cpu>=1.11.0\",\n    \"pypdf\",\n]\n", Files.readString(fragment));
        assertEquals(List.of("INFO wrote " + RUN_YAML, "INFO wrote target/generated-resources/lightspeed/llslibdev.toml",
                "INFO lightspeed:generate (llama-stack 0.3.5): 2 providers, 1 resource, 3 llslibdev packages; 2 files"
                + " written, 0 up to date; 0 errors, 0 warnings"), log.lines);
        assertFalse(Files.exists(dir.resolve("pyproject.toml")), "auto mode does not create pyproject.toml");
    }

    @Test
    @Basedir(WRITE)
    @InjectMojo(goal = "generate", pom = WRITE_POM)
    @MojoParameter(name = "failOnWarning", value = "true")
    void failOnWarningTurnsAWarningIntoAFailure(GenerateMojo mojo) throws Exception {
        rebase(mojo, WRITE);
        Path stack = dir.resolve("src/main/lightspeed/stack.yaml");
        Files.writeString(stack, Files.readString(stack)
                + "allowUnsupported:\n  - type: inline::llama-guard\n    reason: not used\n");

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("lightspeed:generate failed: 0 errors, 1 warning\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  warning: src/main/lightspeed/stack.yaml:15:5: allow-unused: allowUnsupported: allowUnsupported names"
                + " inline::llama-guard, which no provider of this stack uses (fix: remove the entry)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("target")));
    }

    /**
     * Copies the test project {@code resource} into the temporary directory and points the Mojo at the copy: a real
     * MavenProject from the POM's model, and every file parameter moved from the harness's basedir to the copy.
     * Returns the copy's pyproject.toml bytes (empty when it has none).
     */
    private byte[] rebase(GenerateMojo mojo, String resource) throws Exception {
        Path source = TestFiles.resource(resource.substring(1));
        copyTree(source, dir);
        Path harnessBase = mojo.project.getBasedir().toPath();
        Model model;
        try (Reader r = Files.newBufferedReader(dir.resolve("pom.xml"))) {
            model = new MavenXpp3Reader().read(r);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        project.setArtifact(new DefaultArtifact(model.getGroupId(), model.getArtifactId(), model.getVersion(),
                "compile", "jar", null, new DefaultArtifactHandler("jar")));
        mojo.project = project;
        mojo.declaration = moved(harnessBase, mojo.declaration);
        mojo.outputDirectory = moved(harnessBase, mojo.outputDirectory);
        mojo.pyproject = moved(harnessBase, mojo.pyproject);
        mojo.setLog(log);
        mojo.environment = name -> null; // never the real environment: CI=true would change what auto does
        Path py = dir.resolve("pyproject.toml");
        return Files.exists(py) ? Files.readAllBytes(py) : new byte[0];
    }

    private File moved(Path harnessBase, File f) {
        Path p = f.toPath();
        assertTrue(p.startsWith(harnessBase), p + " is not under the harness basedir " + harnessBase);
        return dir.resolve(harnessBase.relativize(p)).toFile();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!from.relativize(p).startsWith("expected")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Byte comparison with a file under unit/; {@code -Dgolden.update=true} rewrites the expected file. */
    private static void assertBytes(String expected, Path actual) throws IOException {
        byte[] got = Files.readAllBytes(actual);
        if (TestFiles.goldenUpdate()) {
            Path src = TestFiles.sourceResource("unit/" + expected);
            Files.createDirectories(src.getParent());
            Files.write(src, got);
            return;
        }
        assertEquals(Files.readString(TestFiles.resource("unit/" + expected)), new String(got,
                java.nio.charset.StandardCharsets.UTF_8), "differs from unit/" + expected
                + " (mvn test -Dtest=GenerateMojoTest -Dgolden.update=true rewrites it; review the diff)");
    }
}
