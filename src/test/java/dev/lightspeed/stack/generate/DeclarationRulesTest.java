package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declaration-only rules alone ({@link ResourceReferenceRule}, {@link GeneratedBackendsRule}). */
class DeclarationRulesTest {

    private static final String PROVIDERS = "llamaStack: 0.3.5\nproviders:\n  - type: remote::openai\n"
            + "    config: {api_key: '${env.OPENAI_API_KEY}'}\n  - type: inline::faiss\n";

    private static List<String> run(Rule rule, String declaration) {
        GenerateResult r = new StackGenerator().generate(new GenerateRequest(declaration.getBytes(
                StandardCharsets.UTF_8), "stack.yaml", null, List.of(), Path.of("out"), false));
        Problems out = new Problems();
        rule.check(new RuleContext(r.stack().orElseThrow(), Policy.LCS, out));
        return out.sorted().stream().map(Problem::oneLine).toList();
    }

    @Test
    void aBenchmarkMustNameADeclaredDataset() throws IOException {
        String eval = TestFiles.read(TestFiles.resource("golden/generate/ok-eval-resources/stack.yaml"));
        assertEquals(List.of(), run(new ResourceReferenceRule(), eval));
        assertEquals(List.of("stack.yaml:42:14: resource-reference: benchmarks[0].dataset: benchmark 'qa-bench' names"
                + " dataset 'qa-sets', which is not declared (fix: use 'qa-set')"),
                run(new ResourceReferenceRule(), eval.replace("dataset: qa-set", "dataset: qa-sets")));
    }

    @Test
    void vectorStoreDefaultsMustNameDeclaredProvidersAndModels() {
        assertEquals(List.of("stack.yaml:7:13: resource-reference: vectorStoreDefaults.provider: 'chroma' is not a"
                + " declared vector_io provider (fix: use 'faiss')", "stack.yaml:8:19: resource-reference:"
                + " vectorStoreDefaults.embeddingModel: 'nomic' is not a declared embedding model, and no"
                + " embeddingProvider says who serves it (fix: declare it under models: with 'type: embedding', or add"
                + " 'embeddingProvider: <inference provider id>')"), run(new ResourceReferenceRule(), PROVIDERS
                + "vectorStoreDefaults:\n  provider: chroma\n  embeddingModel: nomic\n"));
        assertEquals(List.of(), run(new ResourceReferenceRule(), PROVIDERS
                + "vectorStoreDefaults:\n  provider: faiss\n  embeddingModel: nomic\n  embeddingProvider: openai\n"));
    }

    @Test
    void aProviderStoreMustNameAGeneratedBackend() {
        String faiss = PROVIDERS + "    config: {persistence: {namespace: faiss, backend: @B@}}\n";
        assertEquals(List.of(), run(new GeneratedBackendsRule(), faiss.replace("@B@", "kv_default")));
        assertEquals(1, run(new GeneratedBackendsRule(), faiss.replace("@B@", "kv_nope")).size());
        assertEquals(List.of(), run(new GeneratedBackendsRule(), faiss.replace("0.3.5", "0.2.22").replace("@B@",
                "kv_nope")), "per-store releases have no backends to name");
    }
}
