package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.pip.Requirement;
import dev.lightspeed.stack.pip.Specifiers;
import java.util.ArrayList;
import java.util.TreeSet;

/**
 * Folds requirements on the same package into one: normalised name, the union of the extras (normalised, sorted),
 * merged and simplified specifiers, and a marker that holds when any of the originals held (no marker when one of
 * them had none). A URL requirement merges only with requirements on the same URL and without specifiers.
 */
final class RequirementMerger {

    private RequirementMerger() {
    }

    /** The requirement in canonical, normalised form (name and extras PEP 503/685 normalised, extras sorted). */
    static Requirement normalize(Requirement r) {
        TreeSet<String> extras = new TreeSet<>();
        for (String e : r.extras()) {
            extras.add(Requirement.normalize(e));
        }
        return new Requirement(r.normalizedName(), new ArrayList<>(extras), Specifiers.simplify(r.specifier()),
                r.url(), r.marker());
    }

    /**
     * Merges {@code b} into {@code a}.
     *
     * @throws IllegalArgumentException with a message for the user when the two cannot be merged (different URLs,
     *                                  or a URL and a version specifier)
     */
    static Requirement merge(Requirement a, Requirement b) {
        Requirement x = normalize(a);
        Requirement y = normalize(b);
        if (x.url() != null || y.url() != null) {
            if (x.url() != null && y.url() != null && !x.url().equals(y.url())) {
                throw new IllegalArgumentException("two different URLs: " + x.url() + " and " + y.url());
            }
            if (!x.specifier().isEmpty() || !y.specifier().isEmpty()) {
                throw new IllegalArgumentException("a URL (" + (x.url() != null ? x.url() : y.url())
                        + ") and a version specifier (" + x.specifier() + y.specifier() + ") together");
            }
        }
        TreeSet<String> extras = new TreeSet<>(x.extras());
        extras.addAll(y.extras());
        String url = x.url() != null ? x.url() : y.url();
        String spec = url != null ? "" : Specifiers.simplify(Specifiers.merge(x.specifier(), y.specifier()));
        return new Requirement(x.name(), new ArrayList<>(extras), spec, url, mergeMarkers(x.marker(), y.marker()));
    }

    private static String mergeMarkers(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.equals(b)) {
            return a;
        }
        return wrap(a) + " or " + wrap(b);
    }

    private static String wrap(String marker) {
        return marker.contains(" and ") || marker.contains(" or ") ? "(" + marker + ")" : marker;
    }
}
