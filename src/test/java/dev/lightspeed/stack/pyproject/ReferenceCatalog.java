package dev.lightspeed.stack.pyproject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the pip packages of each provider of a reference release, keyed {@code "api provider_type"}. */
final class ReferenceCatalog {

    private ReferenceCatalog() {
    }

    static Map<String, List<String>> pipPackages(String release) {
        try (InputStream in = ReferenceCatalog.class.getResourceAsStream(
                "/reference/llama-stack-" + release + "-providers.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (JsonNode p : root.get("providers")) {
                List<String> pip = new ArrayList<>();
                p.get("pip_packages").forEach(s -> pip.add(s.asText()));
                out.put(p.get("api").asText() + " " + p.get("provider_type").asText(), pip);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A builder with the given providers ({@code "api type"}) of a release, labelled as LCS does. */
    static DependencyGroupBuilder builder(String release, List<String> providers) {
        Map<String, List<String>> pip = pipPackages(release);
        DependencyGroupBuilder b = new DependencyGroupBuilder().product(BundledCatalogs.productName(release));
        for (String p : providers) {
            List<String> packages = pip.get(p);
            if (packages == null) {
                throw new IllegalArgumentException("no provider " + p + " in " + release);
            }
            String[] parts = p.split(" ", 2);
            b.provider("API " + parts[0] + ": " + parts[1], packages);
        }
        return b;
    }

    /** The providers of LCS's run.yaml at 4ceb0519 (real-configs/llama-stack-0.3.5/lcs-run.yaml), in its order. */
    static final List<String> LCS_RUN = List.of(
            "inference remote::openai", "inference inline::sentence-transformers", "files inline::localfs",
            "safety inline::llama-guard", "scoring inline::basic", "scoring inline::llm-as-judge",
            "scoring inline::braintrust", "tool_runtime inline::rag-runtime", "vector_io inline::faiss",
            "agents inline::meta-reference", "batches inline::reference", "datasetio remote::huggingface",
            "datasetio inline::localfs", "eval inline::meta-reference");
}
