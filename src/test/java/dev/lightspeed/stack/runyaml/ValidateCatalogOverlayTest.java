package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} reads user catalogs: a stricter company policy turns an accepted file into a failing one. */
class ValidateCatalogOverlayTest {

    @TempDir
    Path dir;

    @Test
    void aCompanyPolicyOverlayMakesASupportedProviderUnsupported() throws IOException {
        Files.writeString(dir.resolve("run.yaml"), RunYamlFixture.minimal("0.3.5"));
        Files.writeString(dir.resolve("acme.yaml"), """
                providers:
                  - provider_type: remote::openai
                    supported: false
                    note: "ACME policy: no public endpoints"
                """);
        ValidateRun plain = new ValidateRunner().run(new ValidateRequest(dir, List.of("run.yaml"), "0.3.5", "lcs",
                List.of()));
        assertEquals(List.of("OK run.yaml"), plain.lines().stream().map(OutputLine::text)
                .filter(t -> t.startsWith("OK")).toList());
        ValidateRun strict = new ValidateRunner().run(new ValidateRequest(dir, List.of("run.yaml"), "0.3.5", "lcs",
                List.of(), List.of(dir.resolve("acme.yaml"))));
        assertTrue(strict.hasErrors());
        assertTrue(strict.lines().stream().anyMatch(l -> l.text().startsWith("run.yaml:9:20: provider-unsupported:")
                && l.text().contains("ACME policy: no public endpoints")), () -> strict.lines().toString());
    }

    @Test
    void aMalformedCatalogStopsTheRunWithItsLocation() throws IOException {
        Files.writeString(dir.resolve("run.yaml"), RunYamlFixture.minimal("0.3.5"));
        Files.writeString(dir.resolve("bad.yaml"), "providers:\n  - provider_type: remote::openai\n    suported: false\n");
        ValidateRun run = new ValidateRunner().run(new ValidateRequest(dir, List.of("run.yaml"), "0.3.5", "lcs",
                List.of(), List.of(dir.resolve("bad.yaml"))));
        assertTrue(run.hasErrors());
        assertTrue(run.lines().stream().anyMatch(l -> l.text().contains("bad.yaml:3:5: catalog-unknown-key")),
                () -> run.lines().toString());
    }
}
