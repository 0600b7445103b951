package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/** A run.yaml's {@code apis:} list as written; {@link ApiNotServedRule} and {@link StartupChecks} judge it. */
final class ApiList {

    private ApiList() {
    }

    /** The entries, as written (strings only). */
    static List<String> read(YMap resolvedRoot) {
        List<String> apis = new ArrayList<>();
        if (resolvedRoot.get("apis").orElse(null) instanceof YSeq s) {
            for (YNode i : s.items()) {
                if (i instanceof YScalar sc && sc.isString()) {
                    apis.add(sc.text());
                }
            }
        }
        return apis;
    }
}
