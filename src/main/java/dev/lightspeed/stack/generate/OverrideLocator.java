package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in the declaration a run.yaml path such as {@code server.port} or {@code providers.inference[0].config}
 * was written: in {@code override:}, or in a block the declaration copies into run.yaml as it is ({@code server:}),
 * so a problem in the generated file points at its cause in the user's file.
 */
final class OverrideLocator {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /**
     * Where a problem of the generated file comes from.
     *
     * @param where the declaration's line (or the generated file's, when no block of the declaration wrote the path)
     * @param block the declaration's block that wrote it ({@code override:}, {@code server:}), or null
     */
    record Blame(Location where, String block) {

        /** The fix in the declaration's terms; without a block, the problem is the plugin's. */
        String fix(String fix) {
            return block == null ? "report this as a bug, with the declaration"
                    : "fix the declaration's '" + block + "' block: " + fix;
        }
    }

    private OverrideLocator() {
    }

    static Blame blame(Declaration d, String path, Location fallback) {
        if (path.isEmpty()) {
            return new Blame(fallback, d.override() != null ? "override:" : null);
        }
        Optional<Location> inOverride = find(d.override(), path);
        if (inOverride.isPresent()) {
            return new Blame(inOverride.get(), "override:");
        }
        String first = path.split("[.\\[]", 2)[0];
        if (first.equals("server") && d.server() != null) {
            String rest = path.substring(first.length()).replaceFirst("^\\.", "");
            return new Blame(rest.isEmpty() ? d.server().location() : find(d.server(), rest)
                    .orElse(d.server().location()), "server:");
        }
        return d.override() != null ? new Blame(d.override().location(), "override:") : new Blame(fallback, null);
    }

    /** Where the declaration's {@code override:} writes {@code path} itself, or empty. */
    static Optional<Location> inOverride(Declaration d, String path) {
        return find(d.override(), path, true);
    }

    /** The location of {@code path} inside {@code root}, as deep as it exists; empty when its first key is absent. */
    private static Optional<Location> find(YNode root, String path) {
        return find(root, path, false);
    }

    /** The same; {@code exact}: empty unless the whole path exists. */
    private static Optional<Location> find(YNode root, String path, boolean exact) {
        if (!(root instanceof YMap top) || !top.has(path.split("[.\\[]", 2)[0])) {
            return Optional.empty();
        }
        YNode node = root;
        Location best = root.location();
        for (String part : path.split("\\.")) {
            String key = part.replaceAll("\\[\\d+]", "");
            if (!(node instanceof YMap m) || !m.has(key)) {
                return exact ? Optional.empty() : Optional.of(best);
            }
            best = m.keyLocation(key);
            node = m.get(key).get();
            Matcher idx = INDEX.matcher(part);
            while (idx.find()) {
                int i = Integer.parseInt(idx.group(1));
                if (!(node instanceof YSeq s) || i >= s.items().size()) {
                    return exact ? Optional.empty() : Optional.of(best);
                }
                node = s.items().get(i);
                best = node.location();
            }
        }
        return Optional.of(node.location());
    }
}
