package dev.lightspeed.stack.lcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.runyaml.ValidateRequest;
import dev.lightspeed.stack.runyaml.ValidateRun;
import dev.lightspeed.stack.runyaml.ValidateRunner;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate's parameters for LCS configurations: synthesizedOutput and kind. */
class LcsFilesTest {

    private static final Path CASE = TestFiles.resource("lcs/synthesis/05-inference-providers");

    @Test
    void synthesizedOutputHoldsWhatLcsWouldRun(@TempDir Path out) throws Exception {
        new ValidateRunner().run(new ValidateRequest(CASE, List.of("lightspeed-stack.yaml"), null, "lcs", List.of(),
                List.of(), null, out));
        Path written = out.resolve("lightspeed-stack-run.yaml");
        assertTrue(Files.isRegularFile(written), "DIR/<name>-run.yaml");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        SafeYamlReader reader = new SafeYamlReader();
        assertEquals(reader.read(CASE.resolve("expected-run.yaml"), "e").root().orElseThrow().toPlain(),
                reader.read(written, "w").root().orElseThrow().toPlain());
    }

    @Test
    void kindRunChecksTheFileAsARunYaml() {
        ValidateRun run = new ValidateRunner().run(new ValidateRequest(CASE, List.of("lightspeed-stack.yaml"), null,
                "lcs", List.of(), List.of(), "run", null));
        assertTrue(run.files().get(0).problems().stream().noneMatch(p -> p.rule().startsWith("lcs-")));
        assertTrue(run.files().get(0).problems().stream().anyMatch(p -> p.rule().equals("run-missing-key")));
    }

    @Test
    void unknownKindIsAParameterProblem() {
        ValidateRun run = new ValidateRunner().run(new ValidateRequest(CASE, List.of("lightspeed-stack.yaml"), null,
                "lcs", List.of(), List.of(), "lcs-yaml", null));
        assertTrue(run.hasErrors());
        assertEquals("parameter", run.requestProblems().get(0).rule());
        assertFalse(run.requestProblems().get(0).message().isEmpty());
    }

    @Test
    void aReleaseWithoutItsOwnBaselineSaysWhichStandsInOnlyWhenTheDefaultBaselineIsUsed() {
        List<String> onDefault = rules("lcs/synthesis/01-default-baseline", "0.3.5");
        assertTrue(onDefault.contains("lcs-baseline-release"), onDefault::toString);
        assertFalse(rules("lcs/synthesis/01-default-baseline", "1.0.2").contains("lcs-baseline-release"));
        List<String> onProfile = rules("lcs/synthesis/03-profile-openai-remote", "0.3.5");
        assertFalse(onProfile.contains("lcs-baseline-release"), onProfile::toString);
    }

    private static List<String> rules(String dir, String release) {
        return new ValidateRunner().run(new ValidateRequest(TestFiles.resource(dir), List.of("lightspeed-stack.yaml"),
                release, "lcs", List.of(), List.of(), null, null)).files().get(0).problems().stream()
                .map(p -> p.rule()).toList();
    }
}
