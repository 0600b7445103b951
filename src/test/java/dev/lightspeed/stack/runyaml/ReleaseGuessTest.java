package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseGuessTest {

    @Test
    void guessesFromTheShape() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("storage: {}", "0.3.5");
        cases.put("registered_resources: {}", "1.0.2"); // every release from 0.3.5 on has it: the newest is taken
        cases.put("apis: [telemetry]\nregistered_resources: {}", "0.3.5");
        cases.put("telemetry: {enabled: true}\nregistered_resources: {}", "1.0.2"); // an old key every newer one ignores
        cases.put("image_name: x\nstorage: {}\nsafety: {}", "0.4.3"); // image_name is deprecated from 0.5.2 on
        cases.put("distro_name: x\nsafety: {}", "0.6.0");
        cases.put("distro_name: x\nproviders: {safety: []}", "0.6.0");
        cases.put("safety: {default_shield_id: x}", "0.6.0");
        cases.put("providers: {agents: []}\nconnectors: []", "0.6.0");
        cases.put("providers: {responses: []}", "1.0.2");
        cases.put("providers: {telemetry: []}", "0.2.22");
        cases.put("metadata_store: {}\nstorage: {}", "0.3.5");
        cases.put("metadata_store: {}", "0.2.22");
        cases.put("vector_dbs: []", "0.2.22");
        cases.put("models: []", "0.2.22");
        cases.put("image_name: x", "1.0.2"); // no release-specific key: the default release
        cases.put("- a list", "1.0.2");
        cases.forEach((yaml, release) -> {
            ReleaseGuess g = ReleaseGuess.guess(new SafeYamlReader().readText(yaml, "r").root().orElseThrow());
            assertEquals(release, g.release(), yaml);
            assertTrue(g.guessed());
            assertTrue(g.describe().contains("guessed"), g.describe());
        });
    }

    @Test
    void withoutReleaseSpecificKeysTheDefaultReleaseIsTakenAndSaidSo() {
        assertEquals("1.0.2", BundledCatalogs.DEFAULT_RELEASE);
        ReleaseGuess g = ReleaseGuess.guess(new SafeYamlReader().readText("version: 2\nimage_name: x\n", "r").root()
                .orElseThrow());
        assertEquals("1.0.2 (guessed: no release-specific keys; the default release)", g.describe());
        assertEquals("OGX 1.0.2 (guessed: no release-specific keys; the default release)", g.describeNamed());
    }

    @Test
    void givenIsNotAGuess() {
        ReleaseGuess g = ReleaseGuess.given("0.2.22");
        assertFalse(g.guessed());
        assertEquals("0.2.22", g.describe());
        assertEquals("llama-stack 0.2.22", g.describeNamed());
    }
}
