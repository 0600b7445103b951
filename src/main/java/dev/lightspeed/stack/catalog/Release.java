package dev.lightspeed.stack.catalog;

/** Comparing llama-stack release numbers such as {@code 0.2.22} and {@code 0.3.5}. */
public final class Release {

    private Release() {
    }

    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    public static boolean isAtLeast(String release, String min) {
        return compare(release, min) >= 0;
    }

    private static int part(String[] p, int i) {
        if (i >= p.length) {
            return 0;
        }
        String digits = p[i].replaceAll("[^0-9].*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
