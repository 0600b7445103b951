package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo built directly (validate needs no project): parameters in, log lines and the build verdict out. */
class ValidateMojoTest {

    @TempDir
    Path dir;

    private final MavenReportingTest.RecordingLog recorder = new MavenReportingTest.RecordingLog();
    private final List<String> log = recorder.lines;

    @BeforeEach
    void files() throws IOException {
        Files.copy(TestFiles.resource("validate/minimal-0.3.5.yaml"), dir.resolve("good.yaml"));
        Files.writeString(dir.resolve("bad.yaml"), Files.readString(dir.resolve("good.yaml"))
                .replace("provider_type: inline::faiss", "provider_type: inline::milvus"));
    }

    private ValidateMojo mojo(String... files) {
        ValidateMojo m = new ValidateMojo();
        m.basedir = dir.toFile();
        m.files = List.of(files);
        m.policy = "lcs";
        m.llamaStack = "0.3.5";
        m.setLog(recorder);
        return m;
    }

    @Test
    void passingFileLogsOkAndWritesTheReport() throws Exception {
        ValidateMojo m = mojo("good.yaml");
        m.report = dir.resolve("out/report.json").toFile();
        m.execute();
        assertEquals(List.of("INFO OK good.yaml",
                "INFO lightspeed:validate (policy lcs): 1 file, 1 OK, 0 failed; 0 errors, 0 warnings"), log);
        assertTrue(Files.readString(m.report.toPath()).contains("\"verdict\": \"OK\""));
    }

    /** The report goes through AtomicWriter: not a private file, so an existing report keeps its mode. */
    @Test
    void anExistingReportKeepsItsMode() throws Exception {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "old");
        assumeTrue(report.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        ValidateMojo m = mojo("good.yaml");
        m.report = report.toFile();
        m.execute();
        assertTrue(Files.readString(report).contains("\"verdict\": \"OK\""));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void theReportNeverReplacesACheckedFile() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("good.yaml"));
        ValidateMojo m = mojo("good.yaml");
        m.report = dir.resolve("./good.yaml").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("lightspeed:validate failed: 1 error\n  good.yaml: output-is-input: the report would be written over"
                + " good.yaml, an input of this goal (" + m.report.toPath() + ") (fix: write the report to another file"
                + " (-Dlightspeed.report=…))", e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("good.yaml"))));
    }

    @Test
    void anErrorFailsTheBuildWithEveryProblemLineAfterCheckingEveryFile() {
        ValidateMojo m = mojo("bad.yaml", "good.yaml");
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(log.contains("INFO OK good.yaml"), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("ERROR bad.yaml:15:20: provider-unsupported: ")),
                log::toString);
        assertTrue(e.getMessage().contains("bad.yaml:15:20: provider-unsupported: "), e.getMessage());
    }

    @Test
    void allowUnsupportedAndPolicyChangeTheVerdict() throws Exception {
        ValidateMojo allowed = mojo("bad.yaml");
        allowed.allowUnsupported = List.of("inline::milvus");
        assertThrows(MojoFailureException.class, allowed::execute, "milvus also needs a db_path");
        ValidateMojo lenient = mojo("good.yaml");
        lenient.policy = "llama-stack";
        lenient.execute();
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws Exception {
        Files.writeString(dir.resolve("warn.yaml"), Files.readString(dir.resolve("good.yaml")) + "sever: {}\n");
        ValidateMojo m = mojo("warn.yaml");
        m.policy = "llama-stack";
        m.execute();
        m.failOnWarning = true;
        assertThrows(MojoFailureException.class, m::execute);
    }

    @Test
    void skipAndBadParameters() throws Exception {
        ValidateMojo skipped = mojo("nothing.yaml");
        skipped.skip = true;
        skipped.execute();
        assertEquals(List.of("INFO lightspeed:validate skipped (<skip>true</skip> or -Dlightspeed.skip=true)"), log);
        ValidateMojo bad = mojo("good.yaml");
        bad.policy = "strict";
        MojoFailureException e = assertThrows(MojoFailureException.class, bad::execute);
        assertTrue(e.getMessage().contains("-Dlightspeed.policy"), e.getMessage());
    }
}
