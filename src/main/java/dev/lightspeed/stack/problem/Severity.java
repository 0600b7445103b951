package dev.lightspeed.stack.problem;

/** How bad a {@link Problem} is. Errors fail the build; warnings are logged (or fail it with failOnWarning). */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
