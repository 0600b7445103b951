package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;

/** Typed access to synthesis tree values the way the Python code uses them, failing where Python would. */
final class Nodes {

    private Nodes() {
    }

    /** {@code d.get(key, {})} that must be a dict: absent gives an empty map; present non-mapping fails. */
    static Tree.Map mapOrEmpty(Tree.Map parent, String key, String path) {
        Object v = parent == null ? null : parent.get(key);
        if (v == null) {
            return new Tree.Map(parent == null ? Location.NONE : parent.location);
        }
        return asMap(v, path);
    }

    static Tree.Map asMap(Object v, String path) {
        if (v instanceof Tree.Map m) {
            return m;
        }
        throw new SynthesisFailure(Tree.location(v), path, "LCS's synthesis expects a mapping here and would fail"
                + " with a Python error at start-up");
    }

    static Tree.Seq asSeq(Object v, String path) {
        if (v instanceof Tree.Seq s) {
            return s;
        }
        throw new SynthesisFailure(Tree.location(v), path, "LCS's synthesis expects a list here and would fail"
                + " with a Python error at start-up");
    }

    /** {@code d.get(key) or []} as a list (absent, null or empty: empty). */
    static Tree.Seq seqOrEmpty(Tree.Map parent, String key, String path) {
        Object v = parent == null ? null : parent.get(key);
        if (!Tree.truthy(v)) {
            return new Tree.Seq(parent == null ? Location.NONE : parent.location);
        }
        return asSeq(v, path);
    }

    /** {@code d.setdefault(key, {})} that must be a dict. */
    static Tree.Map childMap(Tree.Map parent, String key, String path) {
        return asMap(parent.setDefaultMap(key, parent.location), path);
    }

    /** {@code d.setdefault(key, [])} that must be a list. */
    static Tree.Seq childSeq(Tree.Map parent, String key, String path) {
        return asSeq(parent.setDefaultSeq(key, parent.location), path);
    }
}
