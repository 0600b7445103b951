package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.model.ResourceKind;
import java.util.List;

/**
 * The one table between the declaration's resource entries and run.yaml's: per kind, the declaration section and
 * each field's run.yaml key and declaration key, in run.yaml order, in the release's shape of the kind. {@code generate} maps
 * declaration → run.yaml with it and {@code import} the other way, so the two cannot drift apart.
 */
public final class ResourceFields {

    /**
     * One field.
     *
     * @param uri the run.yaml value is {@code {uri: <declaration value>}} ({@code mcp_endpoint})
     */
    public record Field(String runKey, String declKey, boolean uri) {
        static Field of(String runKey, String declKey) {
            return new Field(runKey, declKey, false);
        }
    }

    private ResourceFields() {
    }

    /** The declaration's section for a kind: {@code models}, {@code vectorStores}, … */
    public static String section(ResourceKind kind) {
        return switch (kind) {
            case MODEL -> "models";
            case SHIELD -> "shields";
            case VECTOR_STORE -> "vectorStores";
            case DATASET -> "datasets";
            case SCORING_FN -> "scoringFns";
            case BENCHMARK -> "benchmarks";
            case TOOL_GROUP -> "toolGroups";
        };
    }

    /** The fields of a kind, id first, in the order run.yaml lists them, in a release's shape of the kind. */
    public static List<Field> of(ResourceShape shape) {
        ResourceKind kind = shape.kind();
        Field id = Field.of(shape.idField(), "id");
        Field provider = Field.of("provider_id", "provider");
        Field metadata = Field.of("metadata", "metadata");
        return switch (kind) {
            case MODEL -> List.of(id, provider, Field.of("provider_model_id", "providerModelId"),
                    Field.of("model_type", "type"), metadata);
            case SHIELD -> List.of(id, provider, Field.of("provider_shield_id", "providerShieldId"),
                    Field.of("params", "params"));
            case VECTOR_STORE -> List.of(id, provider, Field.of("embedding_model", "embeddingModel"),
                    Field.of("embedding_dimension", "embeddingDimension"), Field.of(shape.providerIdField(),
                            "providerVectorStoreId"));
            case DATASET -> List.of(id, Field.of("purpose", "purpose"), Field.of("source", "source"), metadata);
            case SCORING_FN -> List.of(id, provider, Field.of("provider_scoring_fn_id", "providerScoringFnId"),
                    Field.of("return_type", "returnType"), Field.of("params", "params"), metadata);
            case BENCHMARK -> List.of(id, Field.of("dataset_id", "dataset"),
                    Field.of("scoring_functions", "scoringFunctions"), provider, metadata);
            case TOOL_GROUP -> List.of(id, provider, new Field("mcp_endpoint", "mcpEndpoint", true),
                    Field.of("args", "args"));
        };
    }
}
