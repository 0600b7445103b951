package dev.lightspeed.stack.release;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.importer.ImportRequest;
import dev.lightspeed.stack.importer.ImportResult;
import dev.lightspeed.stack.importer.StackImporter;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.runyaml.ReleaseGuess;
import dev.lightspeed.stack.runyaml.RunYamlReader;
import dev.lightspeed.stack.runyaml.RunYamlResult;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link SyntheticReleaseTest} in a second JVM whose class path puts a synthetic release's catalog (and a
 * release index naming it) before the plugin's own: generate → validate → import → generate on that release with the
 * plugin's unchanged classes. Prints sections the test reads.
 */
public final class SyntheticReleaseMain {

    private SyntheticReleaseMain() {
    }

    public static void main(String[] args) {
        String release = args[0];
        String declaration = "llamaStack: " + release + "\ndistribution: synthetic-assistant\nproviders:\n"
                + "  - type: remote::openai\n    config:\n      api_key: ${env.OPENAI_API_KEY}\n"
                + "  - type: inline::faiss\nmodels:\n  - id: gpt-4o-mini\n    provider: openai\n"
                + "allowUnsupported: []\n";
        System.out.println("== releases\n" + BundledCatalogs.RELEASES);
        GenerateResult g = generate(declaration);
        System.out.println("== generate problems\n" + lines(g.problems()));
        String runYaml = g.outputs().isEmpty() ? "" : new String(g.outputs().get(0).bytes(), StandardCharsets.UTF_8);
        System.out.println("== run.yaml\n" + runYaml);
        var root = new SafeYamlReader().readText(runYaml, "run.yaml").root().orElseThrow();
        ReleaseGuess guess = ReleaseGuess.guess(root);
        System.out.println("== guess\n" + guess.release());
        RunYamlResult v = new RunYamlReader(Policy.LLAMA_STACK).read(root, "run.yaml", guess, Map.of());
        System.out.println("== validate problems\n" + lines(v.problems()));
        ImportResult imported = new StackImporter().run(new ImportRequest(runYaml.getBytes(StandardCharsets.UTF_8),
                "run.yaml", null, false));
        System.out.println("== import problems\n" + lines(imported.problems()));
        String again = imported.declaration().map(d -> {
            GenerateResult g2 = generate(d);
            return g2.outputs().isEmpty() ? lines(g2.problems())
                    : new String(g2.outputs().get(0).bytes(), StandardCharsets.UTF_8);
        }).orElse("");
        System.out.println("== regenerated equal\n" + again.equals(runYaml));
        System.out.println("== end");
    }

    private static GenerateResult generate(String declaration) {
        return new StackGenerator().generate(new GenerateRequest(declaration.getBytes(StandardCharsets.UTF_8),
                "stack.yaml", null, List.of(), Paths.get("out"), false));
    }

    private static String lines(List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        problems.forEach(p -> b.append(p.severity()).append(' ').append(p.rule()).append(' ').append(p.path())
                .append(": ").append(p.message()).append('\n'));
        return b.toString().strip();
    }
}
