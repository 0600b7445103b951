package dev.lightspeed.stack.pip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Plain releases are read without the PEP 440 pattern, and exactly as the pattern reads them. */
class VersionsTest {

    /** The release part of PEP 440 as the plugin wrote it before (v?[0-9]+(\.[0-9]+)*, case-insensitive). */
    private static final Pattern RELEASE = Pattern.compile("v?[0-9]+(?:\\.[0-9]+)*", Pattern.CASE_INSENSITIVE);

    @Test
    void plainReleasesAreTheReleasePattern() {
        for (String v : List.of("1", "1.0", "2.9.0", "v1.2", "V1", "10.20.30.40", "", "v", "V", "1.", ".1", "1..2",
                "1.a", "a1", "vv1", "1.0rc1", "1.0.post1", "1!2.0", "1.0+local", "1.0-1", " 1", "1 ", "٣")) {
            boolean release = RELEASE.matcher(v).matches();
            assertEquals(release, Versions.release(v).isPresent(), v);
            if (release) {
                assertTrue(Versions.isValid(v), v);
            }
        }
    }

    @Test
    void otherVersionsGoToThePattern() {
        for (String v : List.of("1.0rc1", "1.0.post1", "1!2.0", "1.0+local.7", "1.0-1", "2.0.dev3", "1.0a")) {
            assertTrue(Versions.isValid(v), v);
            assertTrue(Versions.release(v).isEmpty(), v);
        }
        for (String v : List.of("", "v", "1..2", "1.", "abc", "1.0 rc1")) {
            assertTrue(!Versions.isValid(v), v);
        }
        assertArrayEquals(new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(9)}, Versions.release("V2.9").get());
    }
}
