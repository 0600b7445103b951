package dev.lightspeed.stack.catalog;

import dev.lightspeed.stack.problem.Location;
import java.util.List;

/**
 * A user catalog file after reading: the release it is restricted to (null: any) and its entries, in file order.
 */
record OverlayFile(String file, String llamaStack, Location llamaStackWhere, List<OverlayEntry> entries) {

    boolean appliesTo(String release) {
        return llamaStack == null || llamaStack.equals(release);
    }
}
