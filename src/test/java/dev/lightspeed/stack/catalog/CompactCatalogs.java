package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the compact form of a catalog file ({@link CatalogJson#readCompact}, {@code catalog/compact/}): its JSON text
 * without whitespace outside strings (every token's text as written), the release's {@code run_config_schema} and
 * each provider's {@code config_schema} and {@code default_config} moved behind the first line and replaced by
 * {@code [offset, length]}. Run by {@code CompactCatalogTest}, which fails when a committed compact file differs and
 * rewrites them with {@code -Dgolden.update=true}.
 */
final class CompactCatalogs {

    private CompactCatalogs() {
    }

    static byte[] compact(byte[] catalog) throws IOException {
        List<long[]> spans = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(catalog)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a catalog");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("run_config_schema")) {
                    spans.add(span(p));
                } else if (field.equals("providers")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            if (f.equals("config_schema") || f.equals("default_config")) {
                                spans.add(span(p));
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        int at = 0;
        for (long[] s : spans) {
            index.writeBytes(minify(Arrays.copyOfRange(catalog, at, (int) s[0])));
            byte[] value = minify(Arrays.copyOfRange(catalog, (int) s[0], (int) s[1]));
            index.writeBytes(("[" + values.size() + "," + value.length + "]").getBytes(StandardCharsets.UTF_8));
            values.writeBytes(value);
            at = (int) s[1];
        }
        index.writeBytes(minify(Arrays.copyOfRange(catalog, at, catalog.length)));
        index.write('\n');
        index.writeBytes(values.toByteArray());
        index.write('\n');
        return index.toByteArray();
    }

    /** Byte offsets of the value at the parser's current token: an object or array (skipped), or a literal. */
    private static long[] span(JsonParser p) throws IOException {
        long start = p.currentTokenLocation().getByteOffset();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return new long[] {start, p.currentTokenLocation().getByteOffset() + 1};
        }
        if (t != JsonToken.VALUE_NULL && t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new IOException("a catalog value to move is neither an object, an array nor a literal: " + t);
        }
        return new long[] {start, start + p.getText().length()};
    }

    /** JSON text without the whitespace between tokens; strings stay as written. */
    static byte[] minify(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                out.write(b);
                if (b == '\\') {
                    out.write(json[++i]);
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
                out.write(b);
            } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** The compact file of a catalog file in {@code catalogDir}. */
    static Path compactFile(Path catalogDir, String fileName) {
        return catalogDir.resolve("compact").resolve(fileName);
    }

    /** Rewrites every compact file: {@code mvn test -Dtest=CompactCatalogTest -Dgolden.update=true}. */
    static void writeAll(Path catalogDir) throws IOException {
        Files.createDirectories(catalogDir.resolve("compact"));
        for (String release : BundledCatalogs.RELEASES) {
            String file = fileName(release);
            Files.write(compactFile(catalogDir, file), compact(Files.readAllBytes(catalogDir.resolve(file))));
        }
    }

    static String fileName(String release) {
        return BundledCatalogs.resourceName(release).substring(BundledCatalogs.RESOURCE_DIR.length());
    }
}
