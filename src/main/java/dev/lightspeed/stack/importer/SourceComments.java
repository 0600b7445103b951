package dev.lightspeed.stack.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * The comments of a YAML source, by 1-based line, found by SnakeYAML's parser (so a {@code #} inside a quoted
 * string is never taken for a comment). Lets the importer carry the comments that sit on a provider or resource
 * into the declaration, and list the others. A source that does not parse has no comments. Not thread-safe: it
 * remembers which comments were taken.
 */
final class SourceComments {

    private record Comment(String text, boolean fullLine) {
    }

    private final TreeMap<Integer, Comment> byLine = new TreeMap<>();

    private SourceComments() {
    }

    static SourceComments of(String text) {
        SourceComments c = new SourceComments();
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        try {
            for (Event e : new Yaml(options).parse(new StringReader(text))) {
                if (e instanceof CommentEvent ce && ce.getCommentType() != CommentType.BLANK_LINE
                        && ce.getStartMark() != null && !ce.getValue().isBlank()) {
                    c.byLine.put(ce.getStartMark().getLine() + 1, new Comment(ce.getValue().strip(),
                            ce.getCommentType() != CommentType.IN_LINE));
                }
            }
        } catch (RuntimeException e) {
            c.byLine.clear();
        }
        return c;
    }

    /**
     * Takes the comments of consecutive entries (list items) starting on {@code starts} lines, the last one ending
     * before {@code end}: each entry gets the comments inside it, and the full-line comments right above it (those
     * that follow the previous entry's last commented line without a gap belong to the next entry). The comments
     * right above the first entry, after {@code floor}, go to the first entry too.
     */
    List<List<String>> take(int floor, List<Integer> starts, int end) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = i == 0 ? leadingStart(floor, starts.get(0)) : leadingStart(starts.get(i - 1), starts.get(i));
            int to = i + 1 < starts.size() ? leadingStart(starts.get(i), starts.get(i + 1)) : end;
            out.add(takeRange(from, to));
        }
        return out;
    }

    /** The first line of the block of full-line comments that ends right above {@code line} (after {@code floor}). */
    private int leadingStart(int floor, int line) {
        int first = line;
        while (first - 1 > floor && byLine.containsKey(first - 1) && byLine.get(first - 1).fullLine()) {
            first--;
        }
        return first;
    }

    private List<String> takeRange(int from, int to) {
        List<String> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        Map<Integer, Comment> range = byLine.subMap(from, true, to, false);
        range.values().forEach(c -> out.add(c.text()));
        range.clear();
        return out;
    }

    /** Every comment not taken yet, as {@code line N: text}. */
    List<String> rest() {
        List<String> out = new ArrayList<>();
        byLine.forEach((line, c) -> out.add("line " + line + ": " + c.text()));
        return out;
    }
}
