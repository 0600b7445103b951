package dev.lightspeed.stack.problem;

import java.util.Map;
import java.util.Objects;

/**
 * One finding about the user's input: a stable rule id (documented in the README), where it is, the JSON-like path
 * inside the document ({@code providers[1].config.api_key}, may be empty), what is wrong and how to fix it.
 */
public record Problem(Severity severity, String rule, Location location, String path, String message, String fix) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        location = location == null ? Location.NONE : location;
        path = path == null ? "" : path;
        message = shorten(Objects.requireNonNull(message, "message"));
        fix = fix == null ? "" : shorten(fix);
        path = shorten(path);
    }

    /** Longest run of non-blank characters a message repeats whole; a longer one (a value of a million digits) is cut. */
    static final int MAX_WORD = 200;

    /**
     * {@code text} with every run of more than {@link #MAX_WORD} non-blank characters cut to its first 60 and its
     * length, so a hostile value is not echoed whole into the log.
     */
    static String shorten(String text) {
        if (text.length() <= MAX_WORD) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end - i > MAX_WORD) {
                sb.append(text, i, i + 60).append("…[").append(end - i).append(" characters]");
            } else {
                sb.append(text, i, end);
            }
            if (end < text.length()) {
                sb.append(text.charAt(end));
                end++;
            }
            i = end;
        }
        return sb.toString();
    }

    /** A problem of a registered rule; the canonical constructor takes an id read back (a stamp's replay). */
    public Problem(Severity severity, RuleId rule, Location location, String path, String message, String fix) {
        this(severity, rule.id(), location, path, message, fix);
    }

    public static Problem error(RuleId rule, Location where, String path, String message, String fix) {
        return new Problem(Severity.ERROR, rule, where, path, message, fix);
    }

    public static Problem warning(RuleId rule, Location where, String path, String message, String fix) {
        return new Problem(Severity.WARNING, rule, where, path, message, fix);
    }

    /** Whether this problem is of {@code rule}. */
    public boolean is(RuleId rule) {
        return this.rule.equals(rule.id());
    }

    /** This problem under the rule {@code renames} maps its rule to, or itself when its rule is no key there. */
    public Problem renamed(Map<RuleId, RuleId> renames) {
        RuleId from = RuleId.of(rule).orElse(null);
        RuleId to = from == null ? null : renames.get(from);
        return to == null ? this : withRule(to);
    }

    /** The same problem under another rule id (a finding of a shared checker renamed for the file it is about). */
    public Problem withRule(RuleId other) {
        return new Problem(severity, other, location, path, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: rule: path: message (fix: ...)}: the one-line form used in logs and reports. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        if (location.isKnown()) {
            sb.append(location).append(": ");
        }
        sb.append(rule).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        if (!fix.isEmpty()) {
            sb.append(" (fix: ").append(fix).append(')');
        }
        return sb.toString();
    }

    // equals and hashCode written out (the record's own, same values): a record's generated ones are bootstrapped
    // through java.lang.invoke on first use, some 40 classes on a build's first call
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && severity == p.severity && rule.equals(p.rule) && location.equals(p.location)
                && path.equals(p.path) && message.equals(p.message) && fix.equals(p.fix);
    }

    @Override
    public int hashCode() {
        int h = severity.hashCode();
        h = 31 * h + rule.hashCode();
        h = 31 * h + location.hashCode();
        h = 31 * h + path.hashCode();
        h = 31 * h + message.hashCode();
        return 31 * h + fix.hashCode();
    }

    @Override
    public String toString() {
        return severity.label() + " " + oneLine();
    }
}
