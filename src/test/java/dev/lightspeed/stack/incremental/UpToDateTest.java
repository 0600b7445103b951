package dev.lightspeed.stack.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.PyprojectMode;
import dev.lightspeed.stack.generate.PyprojectTarget;
import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint changes with every input and setting, and a stamp is current only while its outputs hold. */
class UpToDateTest {

    @TempDir
    Path dir;

    private GenerateRequest request(String decl, PyprojectMode mode, String release, List<Path> catalogs) {
        return new GenerateRequest(decl.getBytes(StandardCharsets.UTF_8), "stack.yaml", release, catalogs,
                dir.resolve("out"), false, new PyprojectTarget(dir.resolve("pyproject.toml"), "pyproject.toml", dir,
                mode));
    }

    private String fp(GenerateRequest r, String failOnWarning) throws IOException {
        return UpToDate.fingerprint(r, Map.of("failOnWarning", failOnWarning));
    }

    @Test
    void fingerprintFollowsEveryInput() throws IOException {
        Path catalog = Files.writeString(dir.resolve("acme.yaml"), "providers: []\n");
        String base = fp(request("a: 1\n", PyprojectMode.AUTO, null, List.of(catalog)), "false");
        assertEquals(base, fp(request("a: 1\n", PyprojectMode.AUTO, null, List.of(catalog)), "false"));
        assertNotEquals(base, fp(request("a: 2\n", PyprojectMode.AUTO, null, List.of(catalog)), "false"));
        assertNotEquals(base, fp(request("a: 1\n", PyprojectMode.CHECK, null, List.of(catalog)), "false"));
        assertNotEquals(base, fp(request("a: 1\n", PyprojectMode.AUTO, "0.2.22", List.of(catalog)), "false"));
        assertNotEquals(base, fp(request("a: 1\n", PyprojectMode.AUTO, null, List.of()), "false"));
        assertNotEquals(base, fp(request("a: 1\n", PyprojectMode.AUTO, null, List.of(catalog)), "true"));
        Files.writeString(catalog, "providers: [] # changed\n");
        String catalogChanged = fp(request("a: 1\n", PyprojectMode.AUTO, null, List.of(catalog)), "false");
        assertNotEquals(base, catalogChanged);
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\n");
        assertNotEquals(catalogChanged, fp(request("a: 1\n", PyprojectMode.AUTO, null, List.of(catalog)), "false"));
    }

    @Test
    void absentAndEmptyDiffer() {
        assertNotEquals(Fingerprint.start().add("x", (byte[]) null).value(), Fingerprint.start().add("x", new byte[0]).value());
        assertNotEquals(Fingerprint.start().add("a", "bc").value(), Fingerprint.start().add("ab", "c").value());
    }

    @Test
    void stampIsCurrentOnlyWhileItsOutputsHoldTheirBytes() throws IOException {
        Path runYaml = dir.resolve("out/run.yaml");
        Files.createDirectories(runYaml.getParent());
        Files.writeString(runYaml, "version: 2\n");
        Stamp s = Stamp.of("f1", List.of(new Output(runYaml, "version: 2\n".getBytes(StandardCharsets.UTF_8), true)),
                List.of(new Problem(Severity.WARNING, "some-rule", new Location("stack.yaml", 3, 5), "a.b",
                        "a warning\twith a tab\nand a newline", "fix \\ it")));
        Path file = dir.resolve("target/stamps/default.stamp");
        s.write(file);

        assertEquals(s, Stamp.read(file).orElseThrow());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) { // it holds run.yaml's bytes
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
        assertTrue(UpToDate.current(Stamp.read(file), "f1").isPresent());
        assertFalse(UpToDate.current(Stamp.read(file), "f2").isPresent(), "other inputs");
        Files.writeString(runYaml, "version: 2\n# edited by hand\n");
        assertFalse(UpToDate.current(Stamp.read(file), "f1").isPresent(), "an edited output is regenerated");
        Files.delete(runYaml);
        assertFalse(UpToDate.current(Stamp.read(file), "f1").isPresent(), "a deleted output is regenerated");
    }

    @Test
    void aMissingOrDamagedStampMeansRegenerate() throws IOException {
        assertTrue(Stamp.read(dir.resolve("none.stamp")).isEmpty());
        Path bad = Files.writeString(dir.resolve("bad.stamp"), "lightspeed-stamp 1\nfingerprint f1\ngarbage\n");
        assertTrue(UpToDate.current(Stamp.read(bad), "f1").isEmpty());
        Path old = Files.writeString(dir.resolve("old.stamp"), "lightspeed-stamp 0\nfingerprint f1\n");
        assertTrue(UpToDate.current(Stamp.read(old), "f1").isEmpty());
    }

    @Test
    void aRecordedRunIsUpToDateUntilAnInputOrSettingChanges() throws IOException {
        Path runYaml = dir.resolve("out/run.yaml");
        Output out = new Output(runYaml, "version: 2\n".getBytes(StandardCharsets.UTF_8), true);
        AtomicWriter.writeIfChanged(out);
        Path file = dir.resolve("target/stamps/default.stamp");
        StampedGenerate stamps = new StampedGenerate(file, Map.of("failOnWarning", "false"));
        GenerateRequest req = request("a: 1\n", PyprojectMode.AUTO, null, List.of());
        assertTrue(stamps.upToDate(req).isEmpty(), "no stamp yet");

        stamps.record(req, new GenerateResult(List.of(), List.of(out), Optional.empty(), Optional.empty()));
        assertTrue(stamps.upToDate(req).isPresent());
        assertTrue(stamps.upToDate(request("a: 2\n", PyprojectMode.AUTO, null, List.of())).isEmpty(), "input");
        assertTrue(new StampedGenerate(file, Map.of("failOnWarning", "true")).upToDate(req).isEmpty(), "setting");
    }
}
