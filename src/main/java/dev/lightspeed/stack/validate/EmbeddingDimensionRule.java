package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.EnvReference;
import java.util.Map;

/**
 * {@code model-embedding-dimension}: llama-stack refuses to register an embedding model whose metadata has no
 * {@code embedding_dimension} key ("Embedding model must have an embedding dimension in its metadata",
 * routing_tables/models.py), which is all it checks in a run.yaml; in a declaration, whose value the plugin writes,
 * it must be an integer (or one environment reference giving it). Checked on the models llama-stack registers
 * ({@link dev.lightspeed.stack.model.StackModel#registers}), whether they come from a declaration or a run.yaml.
 */
final class EmbeddingDimensionRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ResourceRef r : ctx.model().resources()) {
            if (r.kind() == ResourceKind.MODEL && "embedding".equals(r.fields().get("model_type"))
                    && ctx.model().registers(r) && !hasDimension(r.fields().get("metadata"), r.declared())) {
                // a declaration's wording asks for the integer it writes; a run.yaml's quotes llama-stack's refusal
                // at the dimension's value, or at metadata when it lacks one, or at the entry when it has no metadata
                ctx.out().error(RuleId.MODEL_EMBEDDING_DIMENSION, r.where("metadata.embedding_dimension"), r.path(),
                        "embedding model '" + r.id() + "' has no metadata.embedding_dimension" + (r.declared() ? " (an integer)"
                        : "; " + ctx.catalog().productName() + " refuses to register it (\"Embedding model must have an embedding dimension in"
                        + " its metadata\")"), "add 'metadata: {embedding_dimension: 768}' " + (r.declared()
                        ? "with the model's real dimension" : "(the model's dimension)"));
            }
        }
    }

    /**
     * The key is there and, when {@code typed}, an integer or one environment reference
     * ({@code ${env.EMBEDDING_DIMENSION}}) that gives it at start-up.
     */
    static boolean hasDimension(Object metadata, boolean typed) {
        if (!(metadata instanceof Map<?, ?> meta) || !meta.containsKey("embedding_dimension")) {
            return false;
        }
        Object dimension = meta.get("embedding_dimension");
        if (!typed) {
            return true;
        }
        return dimension instanceof Number || dimension instanceof String s && EnvReference.isWholeReference(s);
    }
}
