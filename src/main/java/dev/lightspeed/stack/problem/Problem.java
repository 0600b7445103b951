package dev.lightspeed.stack.problem;

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
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Problem error(String rule, Location where, String path, String message, String fix) {
        return new Problem(Severity.ERROR, rule, where, path, message, fix);
    }

    public static Problem warning(String rule, Location where, String path, String message, String fix) {
        return new Problem(Severity.WARNING, rule, where, path, message, fix);
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

    @Override
    public String toString() {
        return severity.label() + " " + oneLine();
    }
}
