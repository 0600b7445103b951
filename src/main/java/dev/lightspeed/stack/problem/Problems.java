package dev.lightspeed.stack.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems; rules add to it and never throw. Not thread-safe: one collector per run.
 * {@link #sorted()} orders by file, line, column, then rule, so reports are stable.
 */
public final class Problems {

    /** By location, severity, rule, path, message (a plain comparator: no lambdas to spin on a build's first call). */
    private static final Comparator<Problem> ORDER = new Comparator<>() {
        @Override
        public int compare(Problem a, Problem b) {
            int c = a.location().compareTo(b.location());
            if (c == 0) {
                c = a.severity().compareTo(b.severity());
            }
            if (c == 0) {
                c = a.rule().compareTo(b.rule());
            }
            if (c == 0) {
                c = a.path().compareTo(b.path());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    };

    private final List<Problem> list = new ArrayList<>();

    public Problems add(Problem p) {
        if (!list.contains(p)) {
            list.add(p);
        }
        return this;
    }

    public Problems addAll(Collection<Problem> ps) {
        for (Problem p : ps) {
            add(p);
        }
        return this;
    }

    public Problems error(RuleId rule, Location where, String path, String message, String fix) {
        return add(Problem.error(rule, where, path, message, fix));
    }

    public Problems warning(RuleId rule, Location where, String path, String message, String fix) {
        return add(Problem.warning(rule, where, path, message, fix));
    }

    /**
     * A problem of {@code rule} at its default severity under a policy ({@link RuleId#severity}): {@code lcs} for
     * the plugin's own, false for llama-stack's.
     */
    public Problems report(RuleId rule, boolean lcs, Location where, String path, String message, String fix) {
        return add(new Problem(rule.severity(lcs), rule, where, path, message, fix));
    }

    public boolean hasErrors() {
        for (Problem p : list) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }

    public List<Problem> errors() {
        return only(Severity.ERROR);
    }

    public List<Problem> warnings() {
        return only(Severity.WARNING);
    }

    private List<Problem> only(Severity severity) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : sorted()) {
            if (p.severity() == severity) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    public int size() {
        return list.size();
    }
}
