package dev.lightspeed.stack.catalog;

import dev.lightspeed.stack.text.Similar;
import java.util.List;

/**
 * How a message names a release the plugin does not bundle: which product it belongs to is unknown, so the message
 * says "release" and lists the bundled ones under their products' names (llama-stack was renamed OGX).
 */
public final class UnknownRelease {

    private UnknownRelease() {
    }

    /** {@code unknown release '1.0.9'; bundled: OGX 1.0.2, llama-stack 0.6.0, 0.5.2, 0.4.3, 0.3.5, 0.2.22}. */
    public static String message(String release) {
        return "unknown release '" + release + "'; bundled: " + bundled();
    }

    /** {@code use one of 1.0.2, 0.6.0, … (did you mean 0.6.0?)}: the releases as the user writes them. */
    public static String fix(String release) {
        List<String> close = Similar.closest(release, BundledCatalogs.RELEASES, 1);
        return "use one of " + String.join(", ", BundledCatalogs.RELEASES)
                + (close.isEmpty() ? "" : " (did you mean " + close.get(0) + "?)");
    }

    /** The bundled releases, newest first, each product named before its first release in the list. */
    public static String bundled() {
        StringBuilder out = new StringBuilder();
        String product = null;
        for (String r : BundledCatalogs.RELEASES) {
            String p = BundledCatalogs.productName(r);
            out.append(out.length() == 0 ? "" : ", ").append(p.equals(product) ? "" : p + " ").append(r);
            product = p;
        }
        return out.toString();
    }
}
