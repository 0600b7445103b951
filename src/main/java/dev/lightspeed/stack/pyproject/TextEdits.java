package dev.lightspeed.stack.pyproject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements and insertions on one text, applied together: each names a span of the original text, spans must not
 * overlap, insertions at the same offset keep the order in which they were added. Text at the very end of a file
 * that has no final newline is inserted so that the file still ends without one.
 */
final class TextEdits {

    private record Edit(int start, int end, String replacement, int seq) {
    }

    private final String text;
    private final String eol;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String text, String eol) {
        this.text = text;
        this.eol = eol;
    }

    void replace(int start, int end, String replacement) {
        if (!text.substring(start, end).equals(replacement)) {
            edits.add(new Edit(start, end, replacement, edits.size()));
        }
    }

    void insert(int offset, String replacement) {
        edits.add(new Edit(offset, offset, replacement, edits.size()));
    }

    /**
     * Inserts whole lines (each ended by the line separator) at the start of a line. At the end of a file whose last
     * line has no separator, the separator moves to the front so the file keeps ending without one.
     */
    void insertLines(int offset, String lines) {
        if (offset == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
            insert(offset, eol + lines.substring(0, lines.length() - eol.length()));
        } else {
            insert(offset, lines);
        }
    }

    void delete(int start, int end) {
        edits.add(new Edit(start, end, "", edits.size()));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** By start, then the order added (a plain comparator: no lambdas to spin on a build's first call). */
    private static final Comparator<Edit> ORDER = new Comparator<>() {
        @Override
        public int compare(Edit a, Edit b) {
            int c = Integer.compare(a.start(), b.start());
            return c != 0 ? c : Integer.compare(a.seq(), b.seq());
        }
    };

    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(ORDER);
        StringBuilder sb = new StringBuilder(text.length() + 1024);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                throw new IllegalStateException("overlapping edits at offset " + e.start());
            }
            sb.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** The offset of a 1-based line and column (columns count code points, as tomlj does). */
    static int offset(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = text.indexOf('\n', start) + 1;
        }
        return text.offsetByCodePoints(start, Math.max(0, column - 1));
    }

    /** The line separator of a text: {@code \r\n} when its first line ends so, else {@code \n}. */
    static String lineSeparator(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
