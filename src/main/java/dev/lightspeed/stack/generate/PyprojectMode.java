package dev.lightspeed.stack.generate;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to the llslibdev group: {@code write} it into pyproject.toml, {@code check} that the committed file is
 * up to date (CI), write a {@code fragment} file {@code llslibdev.toml} beside run.yaml, or {@code off}.
 * {@code auto} (the default) is write when pyproject.toml exists, fragment otherwise.
 */
public enum PyprojectMode {
    AUTO, WRITE, CHECK, FRAGMENT, OFF;

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

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
