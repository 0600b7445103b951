package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seed/catalog-sources.json}: per release, its product, the LCS providers table that is its support policy and
 * where LCS's own shipped configurations use providers; the renames and aliases a table row follows. Also finds the
 * reference files and the committed catalog of a release.
 */
public record CatalogSources(List<ReleaseSource> releases, List<Rename> renames, List<Alias> aliases) {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A row naming {@code from} applies to {@code successor} in a release that has the successor but not it. */
    public record Rename(ProviderKey from, ProviderKey successor) {
    }

    /** A row naming {@code of} also applies to the deprecated alias type {@code alias} (same API). */
    public record Alias(ProviderKey of, ProviderKey alias) {
    }

    /** Where an LCS configuration file uses a provider. */
    public record Use(ProviderKey provider, String where) {
    }

    public record ReleaseSource(String product, String release, String table, String tableSource, List<Use> lcsUses) {

        /** {@code llama-stack-0.3.5}, {@code ogx-1.0.2}: the stem of the catalog and reference file names. */
        public String id() {
            return product + "-" + release;
        }

        /** {@code llama-stack 0.3.5}, {@code OGX 1.0.2}. */
        public String displayName() {
            return (product.equals("ogx") ? "OGX" : product) + " " + release;
        }

        public Path reference(Path resources, String kind) {
            return resources.resolve("reference/" + id() + "-" + kind + ".json");
        }

        public Path catalogFile() {
            return TestFiles.projectDir().resolve("catalog/" + id() + ".json");
        }

        /** The committed catalog file, read the way the plugin reads its bundled catalogs. */
        public Catalog catalog() {
            try (InputStream in = Files.newInputStream(catalogFile())) {
                return CatalogJson.read(in, catalogFile().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public JsonNode catalogJson() {
            try {
                return MAPPER.readTree(catalogFile().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return id();
        }
    }

    public static CatalogSources read(Path json) throws IOException {
        JsonNode root = MAPPER.readTree(json.toFile());
        List<ReleaseSource> releases = new ArrayList<>();
        for (JsonNode r : root.path("releases")) {
            List<Use> uses = new ArrayList<>();
            r.path("lcs_uses").forEach(u -> uses.add(new Use(key(u, "api", "provider_type"), u.path("where").asText())));
            releases.add(new ReleaseSource(r.path("product").asText(), r.path("release").asText(), r.path("table").asText(),
                    r.path("table_source").asText(), uses));
        }
        List<Rename> renames = new ArrayList<>();
        root.path("renames").forEach(r -> renames.add(new Rename(key(r, "api", "provider_type"),
                key(r, "successor_api", "successor_type"))));
        List<Alias> aliases = new ArrayList<>();
        root.path("aliases").forEach(a -> aliases.add(new Alias(key(a, "api", "provider_type"),
                key(a, "api", "alias"))));
        return new CatalogSources(releases, renames, aliases);
    }

    /** The sources of the test resources. */
    public static CatalogSources load() {
        try {
            return read(TestFiles.resource("seed/catalog-sources.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every release, for parameterised tests. */
    public static List<ReleaseSource> all() {
        return load().releases();
    }

    private static ProviderKey key(JsonNode n, String api, String type) {
        return new ProviderKey(n.path(api).asText(), n.path(type).asText());
    }
}
