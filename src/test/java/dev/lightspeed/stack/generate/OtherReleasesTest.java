package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider type the target release lacks is explained from what the other bundled releases know of it. */
class OtherReleasesTest {

    @TempDir
    Path dir;

    private List<Problem> errors(String release, String type) {
        String decl = "llamaStack: " + release + "\nproviders:\n  - type: " + type + "\n";
        return new StackGenerator().generate(new GenerateRequest(decl.getBytes(StandardCharsets.UTF_8), "stack.yaml",
                null, List.of(), dir, true)).problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void aProviderOfAnApiTheReleaseRemovedSaysWhatReplacedIt() {
        List<Problem> e = errors("1.0.2", "inline::llama-guard");
        assertEquals(List.of("provider-api-removed"), e.stream().map(Problem::rule).toList());
        assertTrue(e.get(0).message().contains("Lightspeed Core applies its own shields")
                && e.get(0).message().contains("inline::llama-guard (safety)"), e.get(0).message());
    }

    @Test
    void aNewerNameOfAProviderGivesTheTargetsOwnName() {
        List<Problem> e = errors("0.3.5", "inline::file-search");
        assertEquals(List.of("provider-unknown-type"), e.stream().map(Problem::rule).toList());
        assertEquals("llama-stack 0.3.5 has no provider type 'inline::file-search'; it is a tool_runtime provider of"
                + " OGX 1.0.2", e.get(0).message());
        assertEquals("in llama-stack 0.3.5 it is tool_runtime 'inline::rag-runtime': write 'type:"
                + " inline::rag-runtime'", e.get(0).fix());
    }

    @Test
    void aProviderOnlyOlderReleasesHaveNamesThem() {
        List<Problem> e = errors("1.0.2", "remote::tgi");
        assertEquals(List.of("provider-unknown-type"), e.stream().map(Problem::rule).toList());
        assertTrue(e.get(0).message().startsWith("OGX 1.0.2 has no provider type 'remote::tgi'; it is an inference"
                + " provider of llama-stack 0.6.0, "), e.get(0).message());
        assertTrue(e.get(0).fix().startsWith("target one of those releases with llamaStack:"), e.get(0).fix());
    }

    @Test
    void aTypeNoReleaseHasGetsTheClosestNames() {
        List<Problem> e = errors("1.0.2", "remote::openia");
        assertEquals(List.of("provider-unknown-type"), e.stream().map(Problem::rule).toList());
        assertTrue(e.get(0).fix().contains("remote::openai"), e.get(0).fix());
    }
}
