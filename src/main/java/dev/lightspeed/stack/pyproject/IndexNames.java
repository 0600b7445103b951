package dev.lightspeed.stack.pyproject;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a stable {@code [[tool.uv.index]]} name from an index URL: the host without {@code www.},
 * {@code download.}, {@code pypi.} and its top-level domain, then the path segments without {@code whl},
 * {@code simple} and {@code packages}; {@code https://download.pytorch.org/whl/cpu} → {@code pytorch-cpu}
 * (the name LCS uses), {@code https://pypi.nvidia.com} → {@code nvidia}.
 */
final class IndexNames {

    private static final Set<String> HOST_NOISE = Set.of("www", "download", "downloads", "pypi", "files");
    private static final Set<String> PATH_NOISE = Set.of("whl", "simple", "packages", "pypi", "index");

    private IndexNames() {
    }

    static String fromUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return slug(url);
        }
        List<String> parts = new ArrayList<>();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - (labels.length > 1 ? 1 : 0); i++) {
            if (!HOST_NOISE.contains(labels[i]) && !labels[i].isEmpty()) {
                parts.add(labels[i]);
            }
        }
        if (parts.isEmpty() && labels.length > 0 && !host.isEmpty()) {
            parts.add(labels[0]);
        }
        if (uri.getPath() != null) {
            for (String seg : uri.getPath().split("/")) {
                if (!seg.isEmpty() && !PATH_NOISE.contains(seg.toLowerCase(Locale.ROOT))) {
                    parts.add(seg);
                }
            }
        }
        String name = slug(String.join("-", parts));
        return name.isEmpty() ? "index" : name;
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
