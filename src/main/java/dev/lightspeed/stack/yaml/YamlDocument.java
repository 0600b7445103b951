package dev.lightspeed.stack.yaml;

import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one YAML file: the root node (absent when the file could not be read at all) and the
 * problems found while reading it.
 */
public record YamlDocument(String file, Optional<YNode> root, List<Problem> problems) {

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }
}
