package dev.lightspeed.stack.catalog;

import dev.lightspeed.stack.pip.IndexOption;
import dev.lightspeed.stack.pip.IndexOptionKind;
import dev.lightspeed.stack.pip.PipLine;
import dev.lightspeed.stack.pip.Requirement;
import java.util.ArrayList;
import java.util.List;

/** Turns llama-stack pip strings into {@link CatalogRequirement}s, one per PEP 508 requirement. */
public final class CatalogRequirements {

    private CatalogRequirements() {
    }

    /**
     * The requirements of one parsed pip line, each carrying the line's index options.
     */
    public static List<CatalogRequirement> of(PipLine line) {
        String index = null;
        String extra = null;
        boolean noDeps = false;
        for (IndexOption opt : line.options()) {
            if (opt.kind() == IndexOptionKind.INDEX_URL) {
                index = opt.value();
            } else if (opt.kind() == IndexOptionKind.EXTRA_INDEX_URL) {
                extra = opt.value();
            } else {
                noDeps = true;
            }
        }
        List<CatalogRequirement> out = new ArrayList<>();
        for (Requirement r : line.requirements()) {
            out.add(new CatalogRequirement(r.toPep508(), index, extra, noDeps));
        }
        return out;
    }
}
