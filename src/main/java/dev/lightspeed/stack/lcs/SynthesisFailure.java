package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;

/** Where LCS's own synthesis code would raise (a KeyError, a ValueError, a value of the wrong type) at start-up. */
final class SynthesisFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient Location where;
    final String path;

    SynthesisFailure(Location where, String path, String message) {
        super(message, null, false, false);
        this.where = where;
        this.path = path;
    }
}
