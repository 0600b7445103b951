package dev.lightspeed.stack.runyaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files named on the command line or in the POM: plain paths (kept exactly as given, resolved against a base
 * directory when relative) and globs ({@code configs/*.yaml}, {@code **}{@code /run*.yaml}), expanded in sorted order.
 * A glob that matches nothing is reported, not dropped. A plain path is kept even when it does not exist, so that the
 * reader reports it.
 */
final class FileSet {

    /** One file to check: the name shown to the user and where it is. */
    record Entry(String display, Path path) {
    }

    /** The result: the files, and the patterns that matched nothing. */
    /** The files found, the globs that matched none, and the patterns that are no glob at all (with why). */
    record Expansion(List<Entry> files, List<String> unmatched, Map<String, String> invalid) {
    }

    private static final int MAX_DEPTH = 32;

    private FileSet() {
    }

    static boolean isGlob(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    static Expansion expand(Path baseDir, List<String> patterns) {
        Map<String, Entry> files = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (String raw : patterns) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!isGlob(p)) {
                files.putIfAbsent(p, new Entry(p, baseDir.resolve(p)));
                continue;
            }
            List<Entry> found;
            try {
                found = glob(baseDir, p);
            } catch (IllegalArgumentException e) { // PatternSyntaxException: the other patterns are still expanded
                invalid.put(p, e.getMessage().lines().findFirst().orElse("not a glob"));
                continue;
            }
            if (found.isEmpty()) {
                unmatched.add(p);
            }
            found.forEach(e -> files.putIfAbsent(e.display(), e));
        }
        return new Expansion(List.copyOf(files.values()), List.copyOf(unmatched), invalid);
    }

    private static List<Entry> glob(Path baseDir, String pattern) {
        String norm = pattern.replace('\\', '/');
        String[] parts = norm.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (isGlob(part)) {
                break;
            }
            prefix.append(part).append('/');
        }
        String fixed = prefix.toString();
        Path root = norm.startsWith("/") ? Path.of(fixed.isEmpty() ? "/" : fixed) : baseDir.resolve(fixed);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        String rest = norm.substring(fixed.length());
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        PathMatcher top = rest.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3))
                : deep;
        PathMatcher matcher = f -> deep.matches(f) || top.matches(f);
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                Path rel = root.relativize(f);
                if (matcher.matches(rel)) {
                    out.add(new Entry(fixed + rel.toString().replace('\\', '/'), f));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return out;
        }
        out.sort((a, b) -> a.display().compareTo(b.display()));
        return out;
    }
}
