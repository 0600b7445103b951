package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real run.yaml files: under policy llama-stack the verdicts of EXPECTED.md (what llama-stack 0.3.5 itself said),
 * and what policy lcs adds to each, kept in a golden file ({@code -Dgolden.update=true} rewrites it).
 */
class RealConfigsTest {

    private static final String DIR = "real-configs/llama-stack-0.3.5";
    private static final String GOLDEN = "validate/real-configs-lcs-adds.txt";
    private static final Pattern ROW = Pattern.compile("^\\| ([\\w.-]+\\.yaml) \\|[^|]*\\| (accepted|rejected)", Pattern.MULTILINE);

    private static ValidateRun run(String policy) {
        return new ValidateRunner().run(new ValidateRequest(TestFiles.resource(DIR), List.of("*.yaml"), "0.3.5",
                policy, List.of()));
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ROW.matcher(TestFiles.read(TestFiles.resource("real-configs/EXPECTED.md")));
        while (m.find()) {
            out.put(m.group(1), m.group(2).equals("accepted") ? "OK" : "FAIL");
        }
        return out;
    }

    @Test
    void llamaStackPolicyAgreesWithLlamaStack() throws IOException {
        Map<String, String> expected = expected();
        assertEquals(6, expected.size(), "EXPECTED.md lists six files");
        Map<String, String> actual = new LinkedHashMap<>();
        run("llama-stack").files().forEach(f -> actual.put(f.path(), f.verdict()));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(actual));
    }

    @Test
    void theRejectedFileFailsForItsMissingStorage() {
        FileResult f = run("llama-stack").files().stream()
                .filter(r -> r.path().equals("lcs-tests-configuration-run.yaml")).findFirst().orElseThrow();
        assertTrue(f.problems().stream().anyMatch(p -> p.isError() && p.rule().equals("run-missing-key")
                && p.path().equals("storage")), f.problems()::toString);
    }

    @Test
    void lcsPolicyAddsWhatTheIssueNames() {
        Map<String, List<Problem>> lcs = new LinkedHashMap<>();
        run("lcs").files().forEach(f -> lcs.put(f.path(), f.problems().stream().filter(Problem::isError).toList()));
        lcs.values().forEach(ps -> assertTrue(!ps.isEmpty(), "every real file fails the LCS policy"));
        Set<String> azureLegacy = new TreeSet<>();
        lcs.get("lcs-azure-run.yaml").stream().filter(p -> p.rule().equals("run-other-release-key"))
                .forEach(p -> azureLegacy.add(p.path()));
        assertTrue(azureLegacy.containsAll(List.of("metadata_store", "inference_store", "conversations_store",
                "datasets", "benchmarks")), azureLegacy::toString);
        Set<String> unsupported = new TreeSet<>();
        lcs.get("lcs-run.yaml").stream().filter(p -> p.rule().equals("provider-unsupported"))
                .forEach(p -> unsupported.add(p.message().substring(0, p.message().indexOf(' '))));
        assertEquals(Set.of("inline::llama-guard", "inline::localfs", "inline::reference",
                "inline::sentence-transformers"), unsupported);
    }

    @Test
    void lcsPolicyAdditionsMatchTheGoldenFile() throws IOException {
        Map<String, Set<String>> lenient = new LinkedHashMap<>();
        run("llama-stack").files().forEach(f -> lenient.put(f.path(), keys(f.problems())));
        List<String> lines = new ArrayList<>();
        for (FileResult f : run("lcs").files()) {
            for (String k : keys(f.problems())) {
                if (!lenient.get(f.path()).contains(k)) {
                    lines.add(f.path() + " " + k);
                }
            }
        }
        String actual = String.join("\n", lines) + "\n";
        Path golden = TestFiles.sourceResource(GOLDEN);
        if (TestFiles.goldenUpdate()) {
            Files.writeString(golden, actual);
        }
        assertEquals(TestFiles.read(golden), actual);
    }

    /** The errors of a file as {@code rule path}, sorted. */
    private static Set<String> keys(List<Problem> problems) {
        Set<String> out = new TreeSet<>();
        problems.stream().filter(Problem::isError).forEach(p -> out.add(p.rule() + " " + p.path()));
        return out;
    }
}
