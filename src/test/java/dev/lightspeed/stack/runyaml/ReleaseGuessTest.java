package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.yaml.SafeYamlReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseGuessTest {

    @Test
    void guessesFromTheShape() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("storage: {}", "0.3.5"); // every release from 0.3.5 on has it: the default release is taken
        cases.put("registered_resources: {}", "1.0.2"); // 0.3.5 requires storage: the newest of the rest
        cases.put("telemetry: {enabled: true}\nstorage: {}", "0.3.5");
        cases.put("safety: {default_shield_id: x}", "0.6.0");
        cases.put("providers: {agents: []}\nconnectors: []", "0.6.0");
        cases.put("providers: {responses: []}", "1.0.2");
        cases.put("providers: {telemetry: []}", "0.2.22");
        cases.put("metadata_store: {}\nstorage: {}", "0.3.5"); // an 0.2-era key carried along
        cases.put("metadata_store: {}", "0.2.22");
        cases.put("vector_dbs: []", "0.2.22");
        cases.put("models: []", "0.2.22");
        cases.put("image_name: x", "0.3.5");
        cases.put("- a list", "0.3.5");
        cases.forEach((yaml, release) -> {
            ReleaseGuess g = ReleaseGuess.guess(new SafeYamlReader().readText(yaml, "r").root().orElseThrow());
            assertEquals(release, g.release(), yaml);
            assertTrue(g.guessed());
            assertTrue(g.describe().contains("guessed"), g.describe());
        });
    }

    @Test
    void givenIsNotAGuess() {
        ReleaseGuess g = ReleaseGuess.given("0.2.22");
        assertFalse(g.guessed());
        assertEquals("0.2.22", g.describe());
    }
}
