package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tomlj.TomlPosition;

/**
 * The state shared by the parts of one edit: the text, its parse ({@link PlainToml}), its layout, the pending edits
 * and problems. Without positions (the text read by {@link SimpleToml}) problems are located at the file only; the
 * editor then redoes an edit that found any with tomlj's parse.
 */
final class EditContext {

    final String fileName;
    final String text;
    final Map<String, Object> toml;
    private final Function<List<String>, TomlPosition> positions;
    final TomlLayout layout;
    final String eol;
    final TextEdits edits;
    final Problems problems = new Problems();
    /** Whole sections (header and pairs, each line ended) to append at the end of the file, in order. */
    final List<String> appendix = new ArrayList<>();

    EditContext(String fileName, String text, Map<String, Object> toml,
            Function<List<String>, TomlPosition> positions) {
        this.fileName = fileName;
        this.text = text;
        this.toml = toml;
        this.positions = positions;
        this.layout = TomlLayout.of(text);
        this.eol = TextEdits.lineSeparator(text);
        this.edits = new TextEdits(text, eol);
    }

    Location at(TomlPosition position) {
        return position == null ? Location.of(fileName) : new Location(fileName, position.line(), position.column());
    }

    Location at(List<String> path) {
        return at(positions == null ? null : positions.apply(path));
    }

    /** The value at a key path, or null. */
    Object get(List<String> path) {
        return PlainToml.get(toml, path);
    }

    /** Queues the appendix as one insertion at the end of the file, separated from the text by a blank line. */
    void flushAppendix() {
        if (appendix.isEmpty()) {
            return;
        }
        String body = String.join(eol, appendix);
        String lead;
        if (text.isEmpty()) {
            lead = "";
        } else if (!text.endsWith("\n")) {
            lead = eol + eol;
            body = body.substring(0, body.length() - eol.length());
        } else {
            lead = text.endsWith(eol + eol) || text.equals(eol) ? "" : eol;
        }
        edits.insert(text.length(), lead + body);
    }
}
