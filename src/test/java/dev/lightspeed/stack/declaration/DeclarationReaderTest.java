package dev.lightspeed.stack.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product a declaration's messages name follows its release: OGX for 1.0.2, llama-stack for 0.x. */
class DeclarationReaderTest {

    /** The problems of a declaration for {@code release}, given as {@code -Dlightspeed.llamaStack} would give it. */
    private static List<Problem> problems(String release, String distribution) {
        String text = "distribution: \"" + distribution + "\"\nproviders:\n"
                + "  - type: remote::openai\n";
        DeclarationResult r = new DeclarationReader().read(text.getBytes(StandardCharsets.UTF_8), "stack.yaml",
                release);
        assertTrue(r.declaration().isEmpty(), () -> r.problems().toString());
        return r.problems();
    }

    @Test
    void anUnknownReleaseNamesNoProduct() {
        // the schema's enum refuses it in the file; -Dlightspeed.llamaStack reaches the reader as it is
        Problem p = problems("1.0.9", "lightspeed-stack").get(0);
        assertEquals("release-unknown", p.rule());
        assertEquals("unknown release '1.0.9'; bundled: OGX 1.0.2, llama-stack 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22",
                p.message());
        assertEquals("use one of 1.0.2, 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22 (did you mean 1.0.2?)", p.fix());
    }

    @Test
    void theDistributionDirectoryIsTheReleasesOwn() {
        assertEquals("'my/stack' is not a plain directory name: OGX keeps a distribution's files in"
                + " ~/.ogx/distributions/<distribution>, and the generated paths put it inside ${env.…} references",
                problems("1.0.2", "my/stack").get(0).message());
        assertEquals("'my/stack' is not a plain directory name: llama-stack keeps a distribution's files in"
                + " ~/.llama/distributions/<distribution>, and the generated paths put it inside ${env.…} references",
                problems("0.3.5", "my/stack").get(0).message());
    }
}
