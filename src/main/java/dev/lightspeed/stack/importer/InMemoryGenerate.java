package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code generate} on a declaration text without writing anything, and reads the run.yaml it would write back
 * into plain values: the import checks its own output this way, and computes {@code override:} against it.
 */
final class InMemoryGenerate {

    /** @param runYaml the generated run.yaml as plain values, or null when generate found errors */
    record Outcome(GenerateResult result, Map<String, Object> runYaml) {
    }

    private InMemoryGenerate() {
    }

    @SuppressWarnings("unchecked")
    static Outcome run(String declaration, String name) {
        GenerateResult r = new StackGenerator().generate(new GenerateRequest(declaration.getBytes(
                StandardCharsets.UTF_8), name, null, List.of(), Paths.get("target", "import"), false));
        if (r.hasErrors() || r.outputs().isEmpty()) {
            return new Outcome(r, null);
        }
        Object plain = new SafeYamlReader().read(r.outputs().get(0).bytes(), StackGenerator.RUN_YAML).root()
                .map(n -> n.toPlain()).orElse(null);
        return new Outcome(r, plain instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>());
    }
}
