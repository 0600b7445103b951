package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Shared steps of the import tests: import, generate from the result, read YAML back as plain values. */
final class ImportFixture {

    private ImportFixture() {
    }

    static ImportResult importOk(byte[] source, String name, String target, boolean force) {
        ImportResult r = new StackImporter().run(new ImportRequest(source, name, target, force));
        assertFalse(r.hasErrors(), () -> lines(r.problems()));
        assertTrue(r.declaration().isPresent());
        return r;
    }

    static GenerateResult generate(String declaration, String releaseOverride) {
        GenerateResult g = new StackGenerator().generate(new GenerateRequest(declaration.getBytes(
                StandardCharsets.UTF_8), "stack.yaml", releaseOverride, List.of(), Paths.get("out"), false));
        assertFalse(g.hasErrors(), () -> lines(g.problems()) + "\n" + declaration);
        return g;
    }

    static String runYaml(GenerateResult g) {
        return new String(g.outputs().get(0).bytes(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plain(byte[] yaml) {
        return (Map<String, Object>) new SafeYamlReader().read(yaml, "x").root().orElseThrow().toPlain();
    }

    static Map<String, Object> plain(String yaml) {
        return plain(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Paths the import says it did not carry over, changed or migrated. */
    static Set<String> reported(ImportResult r) {
        return r.problems().stream().filter(p -> p.is(RuleId.IMPORT_NOT_CARRIED)
                || p.is(RuleId.IMPORT_SECRET_MOVED) || p.is(RuleId.IMPORT_AZURE_KEY)
                || p.is(RuleId.IMPORT_MIGRATED))
                .map(Problem::path).collect(Collectors.toSet());
    }

    static String lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
