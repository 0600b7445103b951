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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real run.yaml files of every release LCS pinned ({@code real-configs/<product>-<release>/}): under policy
 * llama-stack, checked against their own release (given explicitly), the verdicts of EXPECTED.md (what that release
 * itself said); what the release guess says for each file; and what policy lcs adds to each, kept in a golden file
 * ({@code -Dgolden.update=true} rewrites them).
 */
class RealConfigsTest {

    /** The directories under real-configs/ and the release each one's files were checked against. */
    private static final Map<String, String> DIRS = new LinkedHashMap<>();

    static {
        DIRS.put("llama-stack-0.3.5", "0.3.5");
        DIRS.put("llama-stack-0.4.3", "0.4.3");
        DIRS.put("llama-stack-0.5.2", "0.5.2");
        DIRS.put("llama-stack-0.6.0", "0.6.0");
        DIRS.put("ogx-1.0.2", "1.0.2");
    }

    private static final String GOLDEN = "validate/real-configs-lcs-adds.txt";
    private static final String GUESSES = "validate/real-configs-guesses.txt";
    private static final Pattern TABLE = Pattern.compile("^\\| file \\(([\\w.-]+)/\\) \\|", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| ([\\w.-]+\\.yaml) \\|[^|]*\\| (accepted|rejected)",
            Pattern.MULTILINE);

    private static ValidateRun run(String dir, String release, String policy) {
        return new ValidateRunner().run(new ValidateRequest(TestFiles.resource("real-configs/" + dir),
                List.of("*.yaml"), release, policy, List.of()));
    }

    /** EXPECTED.md's verdicts: {@code dir/file} → OK or FAIL, each table under its own {@code file (dir/)} header. */
    private static Map<String, String> expected() throws IOException {
        String text = TestFiles.read(TestFiles.resource("real-configs/EXPECTED.md"));
        Map<String, String> out = new TreeMap<>();
        Matcher t = TABLE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        while (t.find()) {
            starts.add(new int[] {t.start()});
            dirs.add(t.group(1));
        }
        for (int i = 0; i < dirs.size(); i++) {
            int end = i + 1 < dirs.size() ? starts.get(i + 1)[0] : text.length();
            Matcher m = ROW.matcher(text.substring(starts.get(i)[0], end));
            while (m.find()) {
                out.put(dirs.get(i) + "/" + m.group(1), m.group(2).equals("accepted") ? "OK" : "FAIL");
            }
        }
        return out;
    }

    @Test
    void llamaStackPolicyAgreesWithEachRelease() throws IOException {
        Map<String, String> expected = expected();
        assertEquals(30, expected.size(), "EXPECTED.md lists six files for each of five releases");
        Map<String, String> actual = new TreeMap<>();
        Map<String, String> why = new TreeMap<>();
        DIRS.forEach((dir, release) -> run(dir, release, "llama-stack").files().forEach(f -> {
            actual.put(dir + "/" + f.path(), f.verdict());
            why.put(dir + "/" + f.path(), f.problems().stream().filter(Problem::isError).map(Problem::toString)
                    .toList().toString());
        }));
        assertEquals(expected, actual, why::toString);
    }

    /** The error EXPECTED.md names for each rejected file, as rule and path. */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "llama-stack-0.3.5, lcs-tests-configuration-run.yaml, run-missing-key, storage",
        "llama-stack-0.4.3, lcs-azure-run.yaml, run-api-unknown, apis[8]",
        "llama-stack-0.4.3, lcs-tests-configuration-run.yaml, provider-unknown-type,"
                + " providers.post_training[0].provider_type",
        "llama-stack-0.4.3, llama-stack-oci-config.yaml, config-type, providers.inference[0].config.oci_compartment_id",
        "llama-stack-0.5.2, lcs-examples-run.yaml, vector-store-model,"
                + " registered_resources.vector_stores[0].embedding_model",
        "llama-stack-0.6.0, llama-stack-open-benchmark-config.yaml, api-dependency, providers.tool_runtime[2]",
        "ogx-1.0.2, lcs-e2e-run-ci.yaml, provider-unknown-api, providers.safety",
        "ogx-1.0.2, ogx-postgres-demo-config.yaml, api-dependency, providers.tool_runtime[2]"})
    void aRejectedFileFailsForTheReasonItsReleaseGives(String dir, String file, String rule, String path) {
        FileResult f = run(dir, DIRS.get(dir), "llama-stack").files().stream().filter(r -> r.path().equals(file))
                .findFirst().orElseThrow();
        assertTrue(f.problems().stream().anyMatch(p -> p.isError() && p.rule().equals(rule)
                && p.path().startsWith(path)), f.problems()::toString);
    }

    @Test
    void lcsPolicyAddsWhatTheIssueNames() {
        Map<String, List<Problem>> lcs = new LinkedHashMap<>();
        run("llama-stack-0.3.5", "0.3.5", "lcs").files().forEach(f -> lcs.put(f.path(),
                f.problems().stream().filter(Problem::isError).toList()));
        lcs.values().forEach(ps -> assertTrue(!ps.isEmpty(), "every real 0.3.5 file fails the LCS policy"));
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

    /** Every error policy lcs adds to policy llama-stack's, per file of every release. */
    @Test
    void lcsPolicyAdditionsMatchTheGoldenFile() throws IOException {
        List<String> lines = new ArrayList<>();
        DIRS.forEach((dir, release) -> {
            Map<String, Set<String>> lenient = new LinkedHashMap<>();
            run(dir, release, "llama-stack").files().forEach(f -> lenient.put(f.path(), keys(f.problems())));
            for (FileResult f : run(dir, release, "lcs").files()) {
                for (String k : keys(f.problems())) {
                    if (!lenient.get(f.path()).contains(k)) {
                        lines.add(dir + "/" + f.path() + " " + k);
                    }
                }
            }
        });
        assertGolden(GOLDEN, String.join("\n", lines) + "\n");
    }

    /** What the release guess says for each real file (no release given), and why. */
    @Test
    void releaseGuessesMatchTheGoldenFile() throws IOException {
        List<String> lines = new ArrayList<>();
        DIRS.forEach((dir, release) -> run(dir, null, "llama-stack").files().forEach(f -> lines.add(dir + "/"
                + f.path() + " -> " + f.release().describe())));
        assertGolden(GUESSES, String.join("\n", lines) + "\n");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = TestFiles.sourceResource(name);
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
