package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.schema.PackedJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The catalogs shipped in the plugin jar, one per release (llama-stack's or OGX's), each parsed at most once per JVM (class
 * loader) and then shared: {@link Catalog} is immutable, so parallel builds ({@code -T}) can share it.
 */
public final class BundledCatalogs {

    static final String RESOURCE_DIR = "/dev/lightspeed/stack/catalog/data/";
    /** Release → its catalog file and product, newest first, from the jar's {@code releases.json}. */
    private static final Map<String, Indexed> INDEX = index();
    /** The releases this plugin ships a catalog for, newest first ({@code catalog/releases.json}). */
    public static final List<String> RELEASES = List.copyOf(INDEX.keySet());
    /** The release a declaration targets when it names none: the newest one LCS pins. */
    public static final String DEFAULT_RELEASE = "1.0.2";

    private static final Map<String, Catalog> CACHE = new ConcurrentHashMap<>();
    /** {@link #load} as a function (a plain class: no lambda to spin on a build's first call). */
    private static final java.util.function.Function<String, Catalog> LOAD = new java.util.function.Function<>() {
        @Override
        public Catalog apply(String release) {
            return load(release);
        }
    };
    private static final AtomicInteger PARSES = new AtomicInteger();
    /** How many of {@link #PARSES} a caller has already been told about ({@link #unreportedParses}). */
    private static final AtomicInteger REPORTED = new AtomicInteger();

    private BundledCatalogs() {
    }

    public static boolean isKnown(String release) {
        return RELEASES.contains(release);
    }

    /** The bundled catalog of a release; throws IllegalArgumentException for a release not in {@link #RELEASES}. */
    public static Catalog get(String release) {
        if (!isKnown(release)) {
            throw new IllegalArgumentException(UnknownRelease.message(release));
        }
        Catalog c = CACHE.get(release);
        return c != null ? c : CACHE.computeIfAbsent(release, LOAD);
    }

    /**
     * The parse count if some parse happened since the last call that returned one, otherwise empty: lets a build
     * say once per actual parse that a catalog was parsed. Under {@code -T}, two modules may wait for the same parse;
     * only the caller that moves the reported count gets it.
     */
    public static OptionalInt unreportedParses() {
        int parses = PARSES.get();
        int reported = REPORTED.get();
        return parses > reported && REPORTED.compareAndSet(reported, parses) ? OptionalInt.of(parses)
                : OptionalInt.empty();
    }

    /**
     * How messages name a release: {@code llama-stack 0.3.5}, {@code OGX 1.0.2}; an unknown one, whose product is
     * unknown, {@code release 1.0.9}. Read from the index: naming a release does not load its catalog.
     */
    public static String displayName(String release) {
        return isKnown(release) ? productName(release) + " " + release : "release " + release;
    }

    /** The product of a bundled release as messages name it ({@link Catalog#productName()}), from the index. */
    public static String productName(String release) {
        return Catalog.productName(INDEX.get(release).product());
    }

    public static String resourceName(String release) {
        return RESOURCE_DIR + INDEX.get(release).file();
    }

    /**
     * The release index ({@code catalog/releases.json}), decoded from its packed twin (PackedFilesTest keeps it
     * equal) unless the class path's {@code releases.json} is another: a release added as data only changes it.
     */
    private static Map<String, Indexed> index() {
        String name = RESOURCE_DIR + "releases.json";
        try {
            Map<String, Indexed> files = new LinkedHashMap<>();
            for (JsonNode r : PackedJson.readTwin(BundledCatalogs.class, name, packedResourceName("releases.json"))
                    .path("releases")) {
                files.put(r.path("release").asText(), new Indexed(r.path("file").asText(),
                        r.path("product").asText(CatalogJson.DEFAULT_PRODUCT)));
            }
            return Collections.unmodifiableMap(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the release index " + name, e);
        }
    }

    /**
     * Where the packed twin of a file of {@code catalog/} is in the jar: {@code packed/<base name>.bin}. Every bundled
     * release has one (PackedFilesTest).
     */
    public static String packedResourceName(String file) {
        return RESOURCE_DIR + "packed/" + file.substring(0, file.length() - ".json".length()) + ".bin";
    }

    /** The packed form when the jar has one, else the catalog file itself (a release added as data only). */
    private static Catalog load(String release) {
        String packed = packedResourceName(INDEX.get(release).file());
        String name = resourceName(release);
        try (InputStream p = BundledCatalogs.class.getResourceAsStream(packed);
                InputStream in = p != null ? p : BundledCatalogs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing from the plugin jar: " + name);
            }
            PARSES.incrementAndGet();
            return p != null ? CatalogJson.readPacked(in.readAllBytes(), packed) : CatalogJson.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled catalog " + name, e);
        }
    }

    /** One line of the index: the catalog file and the product ({@code llama-stack}, {@code ogx}) of a release. */
    private record Indexed(String file, String product) {
    }
}
