package dev.lightspeed.stack.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rule ids are named through {@link RuleId} only: no string literal in src/main/java (outside the registry) spells a
 * registered id, no problem is built from a literal id, no literal in a rule position ({@code .error("…"},
 * {@code .warning("…"}, {@code .report("…"}, {@code new Problem(severity, "…"}) is an unregistered id, and no code
 * compares {@code rule()} with a string ({@link Problem#is} does). Each finding names the file, line and literal,
 * and what to do: register the id in problem/RuleId.java, then run the conversion ({@value #CONVERT}).
 */
class RuleLiteralsTest {

    static final String CONVERT = "python3 /work/rules-convert.py <repo root>";
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*)\"");
    private static final Pattern RULE_POSITION = Pattern.compile(
            "(?:\\.(?:error|warning|report|policy)\\(|new Problem\\([^,()]+,\\s*)\"([a-z][a-z0-9-]*)\"");
    private static final Pattern STRING_COMPARE = Pattern.compile("\\.rule\\(\\)\\.equals\\(");

    @Test
    void noRuleIdLiteralOutsideTheRegistry() throws IOException {
        List<Path> files = sources();
        assertTrue(files.size() > 100, "src/main/java not found from " + TestFiles.projectDir());
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            if (!f.endsWith(Path.of("problem", "RuleId.java"))) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    found.addAll(findings(TestFiles.projectDir().relativize(f) + ":" + (i + 1), lines.get(i)));
                }
            }
        }
        assertEquals(List.of(), found, found.size() + " rule-id literal(s) outside problem/RuleId.java:\n"
                + String.join("\n", found) + "\n");
    }

    /** What is wrong on one line of src/main/java, each finding starting with {@code where}. */
    static List<String> findings(String where, String line) {
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            return List.of();
        }
        Set<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(line);
        while (m.find()) {
            if (ids.contains(m.group(1))) {
                out.add(where + ": \"" + m.group(1) + "\" is registered: write RuleId."
                        + RuleId.of(m.group(1)).orElseThrow().name() + " (or run " + CONVERT + ")");
            }
        }
        Matcher r = RULE_POSITION.matcher(line);
        while (r.find()) {
            if (!ids.contains(r.group(1))) {
                out.add(where + ": \"" + r.group(1) + "\" is a rule id RuleId does not define: add "
                        + r.group(1).toUpperCase(Locale.ROOT).replace('-', '_') + "(\"" + r.group(1)
                        + "\", Part.…, <severity lcs>, <severity llama-stack>, \"<what>\") to"
                        + " src/main/java/dev/lightspeed/stack/problem/RuleId.java, then run " + CONVERT);
            }
        }
        if (STRING_COMPARE.matcher(line).find()) {
            out.add(where + ": rule() compared with a string: write problem.is(RuleId.X) (or run " + CONVERT + ")");
        }
        return out;
    }

    @Test
    void eachFindingNamesThePlaceTheLiteralAndTheFix() {
        assertEquals(List.of("A.java:3: \"run-api-unknown\" is registered: write RuleId.RUN_API_UNKNOWN (or run "
                + CONVERT + ")"), findings("A.java:3", "out.error(\"run-api-unknown\", where, \"p\", \"m\", \"f\");"));
        List<String> made = findings("B.java:9", "out.add(new Problem(Severity.INFO, \"lcs-made-up\", at, \"\", m, \"\"));");
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).startsWith("B.java:9: \"lcs-made-up\" is a rule id RuleId does not define: add"
                + " LCS_MADE_UP(\"lcs-made-up\", "), made.get(0));
        assertEquals(1, findings("C.java:1", "if (p.rule().equals(x)) {").size());
        assertEquals(List.of(), findings("D.java:1", "out.warning(RuleId.RUN_API_UNKNOWN, where, \"a-path\", m, f);"));
        assertEquals(List.of(), findings("E.java:1", " * out.error(\"run-api-unknown\", …) in a comment"));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(TestFiles.projectDir().resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
