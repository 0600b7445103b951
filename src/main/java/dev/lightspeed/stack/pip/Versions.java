package dev.lightspeed.stack.pip;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The small part of PEP 440 this package needs: is a version well formed, and an order on plain release versions
 * ({@code 1.11.0}, {@code 2.9}) for pin checks and sorting. Versions with pre, post, dev, local or epoch parts are
 * valid but not comparable here: callers then fall back to text order and make no claims.
 */
final class Versions {

    /**
     * The public version pattern of PEP 440 (packaging's VERSION_PATTERN), case-insensitive; compiled on first use,
     * as a plain release ({@code 1.11.0}) never needs it.
     */
    private static final class Pep440 {
        static final Pattern PATTERN = Pattern.compile(
                "v?(?:(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*"
                        + "(?:[-_.]?(?:alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*)?"
                        + "(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?"
                        + "(?:[-_.]?dev[-_.]?[0-9]*)?)"
                        + "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?",
                Pattern.CASE_INSENSITIVE);
    }

    private Versions() {
    }

    static boolean isValid(String version) {
        return isRelease(version) || Pep440.PATTERN.matcher(version).matches();
    }

    /** {@code v?[0-9]+(\\.[0-9]+)*}, case-insensitive: a plain release, read without a regular expression. */
    private static boolean isRelease(String version) {
        int i = version.isEmpty() || Character.toLowerCase(version.charAt(0)) != 'v' ? 0 : 1;
        boolean digit = false;
        for (; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' || !digit) {
                return false;
            } else {
                digit = false;
            }
        }
        return digit;
    }

    /** The release segments of a plain release version, or empty when the version has any other part. */
    static Optional<BigInteger[]> release(String version) {
        if (!isRelease(version)) {
            return Optional.empty();
        }
        String digits = version.charAt(0) == 'v' || version.charAt(0) == 'V' ? version.substring(1) : version;
        String[] parts = digits.split("\\.");
        BigInteger[] out = new BigInteger[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = new BigInteger(parts[i]);
        }
        return Optional.of(out);
    }

    /** Compares release segments, missing trailing segments counting as 0 ({@code 2.9 == 2.9.0}). */
    static int compare(BigInteger[] a, BigInteger[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? a[i] : BigInteger.ZERO;
            BigInteger y = i < b.length ? b[i] : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
