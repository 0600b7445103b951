package dev.lightspeed.stack.listing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.schema.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of LCS's providers table that names a provider the release does not have (an API it dropped, a provider it
 * removed, an LCS-owned {@code lcore} shield): it does not apply to the release, and {@code list-providers} shows it as
 * "not in this release". The catalog keeps these rows under {@code rows_not_in_release}.
 *
 * @param api          the table's API column
 * @param providerType {@code <type>::<row>} as the table names it, e.g. {@code inline::meta-reference}
 * @param supported    the table's support flag
 * @param reason       why the row does not apply, e.g. {@code OGX 1.0.2 has no telemetry API for providers}
 */
public record NotInReleaseRow(String api, String providerType, boolean supported, String reason) {

    /** The rows of a bundled release's catalog, in the catalog's order; only that field of the file is built. */
    public static List<NotInReleaseRow> of(String release) {
        String name = BundledCatalogs.resourceName(release);
        try (InputStream in = NotInReleaseRow.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing from the plugin jar: " + name);
            }
            List<NotInReleaseRow> rows = new ArrayList<>();
            try (JsonParser p = JsonTrees.parser(in.readAllBytes())) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("rows_not_in_release")) {
                        JsonTrees.value(p).forEach(r -> rows.add(row(r)));
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled catalog " + name, e);
        }
    }

    private static NotInReleaseRow row(JsonNode r) {
        return new NotInReleaseRow(r.path("api").asText(), r.path("type").asText() + "::" + r.path("row").asText(),
                r.path("supported").asBoolean(), r.path("reason").asText());
    }

    /** The LCS table's verdict, as the providers' column shows it: {@code supported} or {@code unsupported}. */
    public String label() {
        return supported ? "supported" : "unsupported";
    }
}
