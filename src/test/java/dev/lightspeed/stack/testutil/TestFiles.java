package dev.lightspeed.stack.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locating test resources and the project's own directories from a test. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A test resource as a path (resources are directories on the test classpath). */
    public static Path resource(String name) {
        URL url = TestFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project's base directory (where pom.xml is), from Maven's basedir or the working directory. */
    public static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return basedir != null ? Paths.get(basedir) : Paths.get("").toAbsolutePath();
    }

    /** The source copy of a test resource (src/test/resources/...), for golden updates. */
    public static Path sourceResource(String name) {
        return projectDir().resolve("src/test/resources").resolve(name);
    }

    public static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /**
     * The release a generated run.yaml names in its header ("… for llama-stack 0.5.2." or "… for OGX 1.0.2."), so
     * checks of generated files do not depend on guessing it from the shape.
     */
    public static String generatedRelease(Path runYaml) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" for (?:llama-stack|OGX) ([0-9][0-9.]*[0-9])\\.")
                .matcher(Files.readString(runYaml, StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        if (!m.find()) {
            throw new IllegalArgumentException(runYaml + " names no release in its first line");
        }
        return m.group(1);
    }

    /** {@code -Dgolden.update=true}: golden tests rewrite their expected files instead of failing. */
    public static boolean goldenUpdate() {
        return Boolean.getBoolean("golden.update");
    }

    /**
     * Asserts that {@code expectedFile} holds {@code actual}; with {@code -Dgolden.update=true}, writes {@code actual}
     * to {@code sourceDir/name} (the source copy of the expected file) instead.
     */
    public static void assertGolden(Path sourceDir, Path expectedFile, String name, String actual) throws IOException {
        if (goldenUpdate()) {
            Files.createDirectories(sourceDir);
            Files.writeString(sourceDir.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, name);
    }
}
