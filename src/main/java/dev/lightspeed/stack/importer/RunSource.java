package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * The run.yaml being imported: its name, its root mapping (values as written: environment references verbatim),
 * the release whose shape it has, and its comments.
 *
 * @param release the release the file is written for: 0.3.5 when it has {@code storage:} or
 *                {@code registered_resources:}, else 0.2.22 when it has 0.2-era blocks, else the newest
 */
record RunSource(String file, YMap root, String release, SourceComments comments) {

    /** One provider entry of {@code providers:} as written. */
    record SourceProvider(String api, int index, String id, String type, YMap config, YMap entry) {

        String path() {
            return "providers." + api + "[" + index + "]";
        }
    }

    Catalog catalog() {
        return BundledCatalogs.get(release);
    }

    /** The providers in document order; entries without a string provider_type are left out. */
    List<SourceProvider> providers() {
        List<SourceProvider> out = new ArrayList<>();
        if (!(root.get("providers").orElse(null) instanceof YMap apis)) {
            return out;
        }
        for (YMap.Entry api : apis.entries().values()) {
            if (!(api.value() instanceof YSeq list)) {
                continue;
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof YMap p && p.get("provider_type").orElse(null) instanceof YScalar t
                        && t.isString()) {
                    String id = p.text("provider_id");
                    YMap config = p.get("config").orElse(null) instanceof YMap c ? c : null;
                    out.add(new SourceProvider(api.key(), i, id, t.text(), config, p));
                }
            }
        }
        return out;
    }

    /** Where a dotted path of plain keys ({@code storage.stores.prompts}) stands in the source, or the file. */
    dev.lightspeed.stack.problem.Location locate(String path) {
        YNode node = root;
        dev.lightspeed.stack.problem.Location best = dev.lightspeed.stack.problem.Location.of(file);
        for (String key : path.split("\\.")) {
            if (!(node instanceof YMap m) || !m.has(key)) {
                return best;
            }
            best = m.keyLocation(key);
            node = m.get(key).get();
        }
        return best;
    }

    /** The line after the last line of {@code n} is not known; the start line of what follows it is. */
    static int line(YNode n) {
        return n.location().line();
    }
}
