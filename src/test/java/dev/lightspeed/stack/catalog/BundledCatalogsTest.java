package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BundledCatalogsTest {

    @Test
    void theIndexNamesEachReleaseAsItsCatalogDoes() {
        for (String release : BundledCatalogs.RELEASES) {
            assertEquals(BundledCatalogs.get(release).displayName(), BundledCatalogs.displayName(release));
            assertEquals(BundledCatalogs.get(release).productName(), BundledCatalogs.productName(release));
        }
        assertEquals("OGX 1.0.2", BundledCatalogs.displayName("1.0.2"));
        assertEquals("llama-stack 0.3.5", BundledCatalogs.displayName("0.3.5"));
    }

    @Test
    void anUnknownReleaseIsNamedWithoutAProduct() {
        assertEquals("release 1.0.9", BundledCatalogs.displayName("1.0.9"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundledCatalogs.get("1.0.9"));
        assertEquals(UnknownRelease.message("1.0.9"), e.getMessage());
    }

    /** In a class loader of its own (this JVM's catalogs may be parsed already): naming parses no catalog. */
    @Test
    void namingTheReleasesParsesNoCatalog() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Paths.get(entry).toUri().toURL());
        }
        try (URLClassLoader fresh = new URLClassLoader(urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> bundled = fresh.loadClass(BundledCatalogs.class.getName());
            Class<?> unknown = fresh.loadClass(UnknownRelease.class.getName());
            assertEquals("OGX 1.0.2", bundled.getMethod("displayName", String.class).invoke(null, "1.0.2"));
            assertEquals(UnknownRelease.message("1.0.9"), unknown.getMethod("message", String.class)
                    .invoke(null, "1.0.9"));
            assertEquals(OptionalInt.empty(), bundled.getMethod("unreportedParses").invoke(null));
        }
    }
}
