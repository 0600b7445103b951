package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateRunnerTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("configs/nested"));
        Files.writeString(dir.resolve("configs/good.yaml"), RunYamlFixture.minimal("0.3.5"));
        Files.writeString(dir.resolve("configs/nested/old.yaml"), RunYamlFixture.minimal("0.2.22"));
        Files.writeString(dir.resolve("configs/bad.yaml"), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                "provider_type: remote::openai", "provider_type: remote::opnai"));
    }

    private ValidateRun run(List<String> files, String release, String policy) {
        return new ValidateRunner().run(new ValidateRequest(dir, files, release, policy, List.of()));
    }

    private static List<String> texts(ValidateRun run) {
        return run.lines().stream().map(OutputLine::text).toList();
    }

    @Test
    void okAndProblemLinesKeepThePathAsGiven() {
        ValidateRun r = run(List.of("configs/good.yaml", "./configs/bad.yaml"), "0.3.5", "lcs");
        assertEquals(List.of(
                "OK configs/good.yaml",
                "./configs/bad.yaml:9:20: provider-unknown-type: providers.inference[0].provider_type: unknown"
                        + " provider type 'remote::opnai' for API inference in llama-stack 0.3.5 (fix: did you mean"
                        + " 'remote::openai', 'remote::ollama' or 'remote::tgi'?)",
                "lightspeed:validate (policy lcs): 2 files, 1 OK, 1 failed; 1 error, 0 warnings"), texts(r));
        assertTrue(r.hasErrors());
        assertEquals(Severity.INFO, r.lines().get(0).level());
        assertEquals(Severity.ERROR, r.lines().get(1).level());
        assertTrue(r.failureMessage().contains("./configs/bad.yaml:9:20: provider-unknown-type"));
    }

    @Test
    void globsExpandSortedAndTheReleaseIsGuessedPerFile() {
        ValidateRun r = run(List.of("configs/**/*.yaml"), null, "llama-stack");
        assertEquals(List.of("configs/bad.yaml", "configs/good.yaml", "configs/nested/old.yaml"),
                r.files().stream().map(FileResult::path).toList());
        assertEquals(List.of("0.3.5", "0.3.5", "0.2.22"), r.files().stream().map(FileResult::llamaStack).toList());
        assertTrue(texts(r).contains("configs/nested/old.yaml: checked against llama-stack 0.2.22 (guessed: no"
                + " storage section; has metadata_store, models, vector_dbs; fits 1.0.2, 0.6.0, 0.5.2, 0.4.3, 0.2.22"
                + " alike, 0.2.22 is taken); set -Dlightspeed.llamaStack to choose"));
    }

    @Test
    void missingFilesDirectoriesAndUnmatchedGlobsAreReportedAndTheRestStillChecked() {
        ValidateRun r = run(List.of("nope.yaml", "configs", "configs/good.yaml"), "0.3.5", "lcs");
        assertEquals(List.of("FAIL", "FAIL", "OK"), r.files().stream().map(FileResult::verdict).toList());
        assertEquals("file-unreadable", r.files().get(0).problems().get(0).rule());
        assertTrue(r.files().get(1).problems().get(0).message().contains("directory"));
        ValidateRun g = run(List.of("*.json"), "0.3.5", "lcs");
        assertEquals("file-missing", g.requestProblems().get(0).rule());
        assertTrue(g.hasErrors());
    }

    @Test
    void badParametersAreRequestProblems() {
        assertEquals("policy", run(List.of("configs/good.yaml"), null, "strict").requestProblems().get(0).path());
        assertEquals("llamaStack", run(List.of("configs/good.yaml"), "0.4.0", "lcs").requestProblems().get(0).path());
        assertEquals("files", run(List.of(), null, "lcs").requestProblems().get(0).path());
    }

    @Test
    void jsonReportIsDeterministic() {
        ValidateRun r = run(List.of("configs/good.yaml", "configs/bad.yaml"), "0.3.5", "lcs");
        String json = new String(ValidateReportJson.render(r), StandardCharsets.UTF_8);
        assertEquals("""
                {
                  "files": [
                    {
                      "path": "configs/good.yaml",
                      "llamaStack": "0.3.5",
                      "verdict": "OK",
                      "problems": [ ]
                    },
                    {
                      "path": "configs/bad.yaml",
                      "llamaStack": "0.3.5",
                      "verdict": "FAIL",
                      "problems": [
                        {
                          "severity": "error",
                          "rule": "provider-unknown-type",
                          "line": 9,
                          "column": 20,
                          "path": "providers.inference[0].provider_type",
                          "message": "unknown provider type 'remote::opnai' for API inference in llama-stack 0.3.5",
                          "fix": "did you mean 'remote::openai', 'remote::ollama' or 'remote::tgi'?"
                        }
                      ]
                    }
                  ]
                }
                """, json);
        assertEquals(json, new String(ValidateReportJson.render(run(List.of("configs/good.yaml", "configs/bad.yaml"),
                "0.3.5", "lcs")), StandardCharsets.UTF_8));
        assertFalse(json.contains("\r"));
    }
}
