package dev.lightspeed.stack.pyproject;

import java.util.Objects;

/**
 * A {@code [[tool.uv.index]]} entry: a package index that only the packages routed to it by a {@link UvSource} use
 * ({@code explicit = true}), as LCS declares the CPU build of torch.
 */
public record UvIndex(String name, String url, boolean explicit) {

    public UvIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** This index under another name (when the pyproject already knows the URL under that name). */
    public UvIndex withName(String newName) {
        return new UvIndex(newName, url, explicit);
    }

    /** The URL without a trailing slash, for comparing indexes. */
    public String normalizedUrl() {
        return normalizeUrl(url);
    }

    static String normalizeUrl(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
