package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declaration's {@code safety: {defaultShield}}: written as run.yaml's {@code safety: {default_shield_id}} exactly
 * for the releases whose run shape knows the {@code safety} key (0.4.3 to 0.6.0), refused with what stands in its place
 * elsewhere ({@code safety-unavailable}), and refused when it names no declared shield ({@code safety-default-shield}).
 */
class SafetyDeclarationTest {

    private static final String GUARDED = """
            llamaStack: 0.4.3
            providers:
              - type: remote::openai
                api: inference
                config: {api_key: "${env.OPENAI_API_KEY}"}
              - type: inline::llama-guard
            models:
              - {id: gpt-4o-mini, provider: openai}
            shields:
              - {id: llama-guard, provider: llama-guard, providerShieldId: openai/gpt-4o-mini}
            safety:
              defaultShield: %s
            allowUnsupported:
              - {type: inline::llama-guard, reason: a test}
            """;

    private static GenerateResult generate(String declaration, String release) {
        return new StackGenerator().generate(new GenerateRequest(declaration.getBytes(StandardCharsets.UTF_8),
                "stack.yaml", release, List.of(), Paths.get("out"), false));
    }

    private static List<Problem> errors(GenerateResult r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    static List<String> releases() {
        return BundledCatalogs.RELEASES;
    }

    @ParameterizedTest
    @MethodSource("releases")
    void writtenExactlyWhereTheRunShapeHasTheBlock(String release) {
        GenerateResult r = generate(GUARDED.formatted("llama-guard"), release);
        List<Problem> safety = errors(r).stream().filter(p -> p.rule().startsWith("safety-")).toList();
        if (BundledCatalogs.get(release).shape().knowsKey("safety")) {
            assertFalse(r.hasErrors(), () -> r.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
            String runYaml = new String(r.outputs().get(0).bytes(), StandardCharsets.UTF_8);
            assertTrue(runYaml.contains("\nsafety:\n  default_shield_id: llama-guard\n"), runYaml);
            return;
        }
        assertEquals(1, safety.size(), safety.toString());
        Problem p = safety.get(0);
        assertEquals("safety-unavailable", p.rule());
        assertEquals(11, p.location().line());
        assertTrue(p.message().contains(BundledCatalogs.get(release).displayName() + "'s run.yaml has no safety"
                + " block"), p.message());
        String replaced = BundledCatalogs.get(release).shape().resource(dev.lightspeed.stack.model.ResourceKind.SHIELD)
                .isPresent() ? "Lightspeed Core runs the shields registered under shields" : "lightspeed-stack.yaml";
        assertTrue(p.message().contains(replaced), p.message());
        assertTrue(r.outputs().isEmpty());
    }

    @Test
    void theDefaultShieldMustBeADeclaredShield() {
        GenerateResult r = generate(GUARDED.formatted("guard"), "0.6.0");
        assertEquals(List.of("safety-default-shield"), errors(r).stream().map(Problem::rule).toList());
        Problem p = errors(r).get(0);
        assertEquals("safety.defaultShield", p.path());
        assertEquals(12, p.location().line());
        assertTrue(p.fix().contains("use llama-guard"), p.fix());
    }

    @Test
    void withoutShieldsTheFixSaysToDeclareOneWithASafetyProvider() {
        String decl = GUARDED.formatted("llama-guard").replaceAll("(?s)shields:\n  - \\{[^}]*}\n", "");
        GenerateResult r = generate(decl, "0.5.2");
        Problem p = errors(r).stream().filter(x -> x.rule().equals("safety-default-shield")).findFirst()
                .orElseThrow(() -> new AssertionError(r.problems().toString()));
        assertTrue(p.fix().contains("declare it under 'shields:' with a safety provider"), p.fix());
    }
}
