package dev.lightspeed.stack.pip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@code pip_packages} string of the reference releases parses, and canonical text survives a round trip. */
class ReferencePipPackagesTest {

    static List<String> pipStrings(String release) throws IOException {
        try (InputStream in = ReferencePipPackagesTest.class.getResourceAsStream(
                "/reference/llama-stack-" + release + "-providers.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> out = new ArrayList<>();
            for (JsonNode p : root.get("providers")) {
                p.get("pip_packages").forEach(s -> out.add(s.asText()));
            }
            return out;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3.5", "0.2.22"})
    void everyPipStringParses(String release) throws IOException {
        List<String> strings = pipStrings(release);
        assertFalse(strings.isEmpty());
        TreeSet<String> options = new TreeSet<>();
        for (String s : strings) {
            PipLine line = PipLine.parse(s);
            assertFalse(line.requirements().isEmpty(), s);
            for (Requirement r : line.requirements()) {
                assertEquals(r, Requirement.parse(r.toPep508()), s);
                assertTrue(s.contains(r.name()), s);
            }
            line.options().forEach(o -> options.add(o.toPipText()));
            String rebuilt = String.join(" ", line.requirements().stream().map(Requirement::toPep508).toList());
            if (!line.options().isEmpty()) {
                rebuilt += " " + String.join(" ", line.options().stream().map(IndexOption::toPipText).toList());
            }
            assertEquals(s, rebuilt, "llama-stack's strings are already canonical");
        }
        assertEquals(new TreeSet<>(List.of("--extra-index-url https://download.pytorch.org/whl/cpu",
                "--index-url https://download.pytorch.org/whl/cpu", "--no-deps")), options);
    }
}
