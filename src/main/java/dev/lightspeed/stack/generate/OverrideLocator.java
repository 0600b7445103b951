package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YSeq;

/**
 * Finds where in the declaration's {@code override:} a run.yaml path such as {@code server.port} or
 * {@code providers.inference[0].config} was written, so a problem in the generated file points at its cause.
 */
final class OverrideLocator {

    private OverrideLocator() {
    }

    static Location locate(Declaration d, String path, Location fallback) {
        if (d.override() == null || path.isEmpty()) {
            return fallback;
        }
        YNode node = d.override();
        Location best = d.override().location();
        for (String part : path.split("\\.")) {
            String key = part.replaceAll("\\[\\d+]", "");
            if (!(node instanceof YMap m) || !m.has(key)) {
                return best;
            }
            best = m.keyLocation(key);
            node = m.get(key).get();
            java.util.regex.Matcher idx = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(part);
            while (idx.find()) {
                int i = Integer.parseInt(idx.group(1));
                if (!(node instanceof YSeq s) || i >= s.items().size()) {
                    return best;
                }
                node = s.items().get(i);
                best = node.location();
            }
        }
        return node.location();
    }
}
