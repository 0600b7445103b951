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

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::rule)
            .thenComparing(Problem::path)
            .thenComparing(Problem::message);

    private final List<Problem> list = new ArrayList<>();

    public Problems add(Problem p) {
        if (!list.contains(p)) {
            list.add(p);
        }
        return this;
    }

    public Problems addAll(Collection<Problem> ps) {
        ps.forEach(this::add);
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
        return list.stream().anyMatch(Problem::isError);
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
        return sorted().stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return sorted().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    public int size() {
        return list.size();
    }
}
