package dev.lightspeed.stack.generate;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What happens to the llslibdev group: {@code write} it into pyproject.toml, {@code check} that the committed file is
 * up to date (CI), write a {@code fragment} file {@code llslibdev.toml} beside run.yaml, or {@code off}.
 * {@code auto} (the default) is fragment when pyproject.toml does not exist; when it exists, check in a CI build
 * (the environment variable {@value #CI_VARIABLE} is {@code true}, in any case) and write otherwise, so CI never
 * rewrites a tracked file.
 */
public enum PyprojectMode {
    AUTO, WRITE, CHECK, FRAGMENT, OFF;

    /** The environment variable GitHub Actions, GitLab CI, Travis, CircleCI, Jenkins' plugins … set to {@code true}. */
    public static final String CI_VARIABLE = "CI";

    public static Optional<PyprojectMode> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.of(AUTO);
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code environment} (a lookup such as {@code System::getenv}) says the build runs in CI. */
    public static boolean inCi(UnaryOperator<String> environment) {
        String ci = environment == null ? null : environment.apply(CI_VARIABLE);
        return ci != null && ci.strip().equalsIgnoreCase("true");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
