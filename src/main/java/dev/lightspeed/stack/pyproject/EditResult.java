package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@link PyprojectEditor} made of a file: the original text, the new text (equal to the original when there are
 * errors), the problems found, and notes for the build log.
 */
public record EditResult(String original, String text, List<Problem> problems, List<String> notes) {

    public EditResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** True when the new text differs from the original. */
    public boolean changed() {
        return !original.equals(text);
    }

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The new text as UTF-8 bytes. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
