package dev.lightspeed.stack.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.schema.ConfigSchemaChecker;
import dev.lightspeed.stack.schema.PackedJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The published JSON Schema of the declaration ({@code schema/stack-declaration.schema.json} in the repository,
 * {@code dev/lightspeed/stack/declaration/stack-declaration.schema.json} in the jar), loaded once per JVM from its
 * packed twin ({@code catalog/packed/stack-declaration.schema.bin}: no JSON parser on a build's path). The reader
 * checks every declaration against it first, so editors and the build agree on what is valid.
 */
public final class DeclarationSchema {

    public static final String RESOURCE = "/dev/lightspeed/stack/declaration/stack-declaration.schema.json";
    /** What the build reads: the packed twin of {@link #RESOURCE} (PackedFilesTest keeps them equal; readTwin). */
    public static final String PACKED = "/dev/lightspeed/stack/catalog/data/packed/stack-declaration.schema.bin";

    private DeclarationSchema() {
    }

    private static final class Holder {
        static final ConfigSchemaChecker CHECKER = new ConfigSchemaChecker(load());
    }

    public static ConfigSchemaChecker checker() {
        return Holder.CHECKER;
    }

    private static JsonNode load() {
        try {
            JsonNode schema = PackedJson.readTwin(DeclarationSchema.class, RESOURCE, PACKED);
            // the releases are the bundled catalogs' (catalog/releases.json); the published copy lists them for editors
            ArrayNode releases = ((ObjectNode) schema.path("properties").path("llamaStack")).putArray("enum");
            for (String release : BundledCatalogs.RELEASES) {
                releases.add(release);
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
