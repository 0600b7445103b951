package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.schema.JsonTrees;
import dev.lightspeed.stack.schema.PackedJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the packed files the plugin reads instead of JSON text ({@code catalog/packed/}): each bundled catalog in the
 * form {@link CatalogJson#readPacked} reads, and the release index ({@code catalog/releases.json}) and the
 * declaration schema ({@code schema/stack-declaration.schema.json}) as {@link PackedJson#file}s. Run by
 * {@code PackedFilesTest}, which fails when a committed packed file differs and rewrites them with
 * {@code -Dgolden.update=true}.
 */
final class PackedFiles {

    private PackedFiles() {
    }

    /**
     * The packed catalog: the header, the index's length and the index (the catalog's tree with the release's
     * {@code run_config_schema} and each provider's {@code config_schema} and {@code default_config} replaced by
     * {@code [offset, length]}), then those values, each packed on its own, in the order of the index.
     */
    static byte[] catalog(byte[] catalogJson) throws IOException {
        return catalog(read(catalogJson), catalogJson);
    }

    static byte[] catalog(JsonNode root, byte[] source) throws IOException {
        if (!root.isObject()) {
            throw new IOException("not a catalog");
        }
        ObjectNode index = ((ObjectNode) root).deepCopy();
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        moveOut(index, "run_config_schema", values);
        for (JsonNode provider : index.path("providers")) {
            moveOut((ObjectNode) provider, "config_schema", values);
            moveOut((ObjectNode) provider, "default_config", values);
        }
        byte[] packedIndex = PackedJson.encode(index);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PackedJson.header(source));
        out.writeBytes(ByteBuffer.allocate(4).putInt(packedIndex.length).array());
        out.writeBytes(packedIndex);
        out.writeBytes(values.toByteArray());
        return out.toByteArray();
    }

    private static void moveOut(ObjectNode owner, String field, ByteArrayOutputStream values) {
        JsonNode value = owner.get(field);
        if (value != null) {
            byte[] packed = PackedJson.encode(value);
            owner.putArray(field).add(values.size()).add(packed.length);
            values.writeBytes(packed);
        }
    }

    /**
     * Every packed file (path in the project) and the bytes it must hold, made from its source in the project (the
     * release index is read here, not through {@link BundledCatalogs}, which needs the packed one).
     */
    static Map<Path, byte[]> expected(Path projectDir) throws IOException {
        Path catalogDir = projectDir.resolve("catalog");
        Path releases = catalogDir.resolve("releases.json");
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (JsonNode r : read(Files.readAllBytes(releases)).path("releases")) {
            String file = r.path("file").asText();
            out.put(packed(catalogDir, file), catalog(Files.readAllBytes(catalogDir.resolve(file))));
        }
        for (Path source : new Path[] {releases, projectDir.resolve("schema/stack-declaration.schema.json")}) {
            byte[] json = Files.readAllBytes(source);
            out.put(packed(catalogDir, source.getFileName().toString()), PackedJson.file(read(json), json));
        }
        return out;
    }

    /** Where the packed twin of a file named {@code fileName} is: as {@link BundledCatalogs#packedResourceName}. */
    static Path packed(Path catalogDir, String fileName) {
        return catalogDir.resolve("packed").resolve(fileName.substring(0, fileName.length() - ".json".length())
                + ".bin");
    }

    /** Rewrites every packed file: {@code mvn test -Dtest=PackedFilesTest -Dgolden.update=true}. */
    static void writeAll(Path projectDir) throws IOException {
        for (Map.Entry<Path, byte[]> e : expected(projectDir).entrySet()) {
            Files.createDirectories(e.getKey().getParent());
            Files.write(e.getKey(), e.getValue());
        }
    }

    static String fileName(String release) {
        return BundledCatalogs.resourceName(release).substring(BundledCatalogs.RESOURCE_DIR.length());
    }

    static JsonNode read(byte[] json) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(json)) {
            return JsonTrees.read(in);
        }
    }
}
