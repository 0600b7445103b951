package dev.lightspeed.stack.pyproject;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in the text of a TOML document that tomlj has already accepted: the table headers and the
 * key/value pairs with the offsets of their values. It does not build values; it only skips them (strings of all
 * four kinds, arrays, inline tables, comments), so that an edit can replace exactly the bytes of one value or
 * insert after the last pair of a table. Offsets are {@code char} indexes into the text.
 */
final class TomlLayout {

    /** A table header {@code [a.b]} or {@code [[a.b]]}: start of {@code [}, end after the closing bracket(s). */
    record Header(int start, int end, boolean arrayTable, List<String> key) {
    }

    /**
     * A key/value pair: the offset of the key, of the value's first character and after its last one; {@code path}
     * is the table's key followed by the pair's (dotted) key.
     */
    record KeyValue(int start, int valueStart, int valueEnd, List<String> path, Header table) {
    }

    /** A table section: its header (null for the root table) and its pairs. */
    record Section(Header header, List<KeyValue> pairs) {

        /** The offset after the line that ends the last pair (or the header, when there is none). */
        int contentEnd(String text) {
            if (pairs.isEmpty()) {
                return header == null ? 0 : lineEnd(text, header.end());
            }
            return lineEnd(text, pairs.get(pairs.size() - 1).valueEnd());
        }
    }

    private final String text;
    private final List<Section> sections = new ArrayList<>();
    private int pos;

    private TomlLayout(String text) {
        this.text = text;
    }

    static TomlLayout of(String text) {
        TomlLayout layout = new TomlLayout(text);
        layout.walk();
        return layout;
    }

    /** The offset after the value that starts at {@code offset}. */
    static int valueEnd(String text, int offset) {
        TomlLayout layout = new TomlLayout(text);
        layout.pos = offset;
        layout.skipValue();
        return layout.pos;
    }

    List<Section> sections() {
        return sections;
    }

    /** The pair whose full path is {@code path}, or null. */
    KeyValue pair(List<String> path) {
        for (Section s : sections) {
            for (KeyValue kv : s.pairs()) {
                if (kv.path().equals(path)) {
                    return kv;
                }
            }
        }
        return null;
    }

    /** The sections whose header key is {@code key} (several for an array of tables), in document order. */
    List<Section> sections(List<String> key) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.header() != null && s.header().key().equals(key)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** The offset after the end of the line containing {@code offset} (after its line separator, if any). */
    static int lineEnd(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The offset of the start of the line containing {@code offset}. */
    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private void walk() {
        Section current = new Section(null, new ArrayList<>());
        sections.add(current);
        while (true) {
            skipBlankAndComments();
            if (pos >= text.length()) {
                return;
            }
            if (text.charAt(pos) == '[') {
                current = new Section(header(), new ArrayList<>());
                sections.add(current);
            } else {
                int start = pos;
                List<String> key = key();
                skipSpaces();
                expect('=');
                skipSpaces();
                int valueStart = pos;
                skipValue();
                List<String> path = new ArrayList<>(current.header() == null ? List.of() : current.header().key());
                path.addAll(key);
                current.pairs().add(new KeyValue(start, valueStart, pos, List.copyOf(path), current.header()));
            }
        }
    }

    private Header header() {
        int start = pos;
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        skipSpaces();
        List<String> key = key();
        skipSpaces();
        expect(']');
        if (array) {
            expect(']');
        }
        return new Header(start, pos, array, List.copyOf(key));
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces();
            char c = peek();
            if (c == '"') {
                parts.add(basicString());
            } else if (c == '\'') {
                int end = text.indexOf('\'', pos + 1);
                parts.add(text.substring(pos + 1, end));
                pos = end + 1;
            } else {
                int start = pos;
                while (pos < text.length() && isBare(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new IllegalStateException("expected a key at offset " + pos);
                }
                parts.add(text.substring(start, pos));
            }
            skipSpaces();
            if (peek() != '.') {
                return parts;
            }
            pos++;
        }
    }

    private void skipValue() {
        char c = peek();
        if (text.startsWith("\"\"\"", pos) || text.startsWith("'''", pos)) {
            String delim = text.substring(pos, pos + 3);
            pos += 3;
            while (!text.startsWith(delim, pos)) {
                pos += delim.charAt(0) == '"' && peek() == '\\' ? 2 : 1;
            }
            pos += 3;
            for (int extra = 0; extra < 2 && peek() == delim.charAt(0); extra++) {
                pos++;
            }
        } else if (c == '"') {
            basicString();
        } else if (c == '\'') {
            pos = text.indexOf('\'', pos + 1) + 1;
        } else if (c == '[') {
            pos++;
            while (true) {
                skipBlankAndComments();
                if (peek() == ']') {
                    pos++;
                    return;
                }
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                skipValue();
            }
        } else if (c == '{') {
            pos++;
            while (true) {
                skipBlankAndComments();
                if (peek() == '}') {
                    pos++;
                    return;
                }
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                key();
                skipSpaces();
                expect('=');
                skipSpaces();
                skipValue();
            }
        } else {
            skipScalar();
        }
    }

    private void skipScalar() {
        int start = pos;
        while (pos < text.length() && ",]}#\n\r \t".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        // a local date-time may use a space between date and time: 1979-05-27 07:32:00
        if (text.substring(start, pos).matches("\\d{4}-\\d{2}-\\d{2}") && peek() == ' '
                && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            pos++;
            skipScalar();
        }
    }

    private String basicString() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (peek() != '"') {
            char c = text.charAt(pos++);
            if (c == '\\') {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.appendCodePoint(Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    case 'U' -> {
                        sb.appendCodePoint(Integer.parseInt(text.substring(pos, pos + 8), 16));
                        pos += 8;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        pos++;
        return sb.toString();
    }

    private void skipBlankAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalStateException("expected '" + c + "' at offset " + pos);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isBare(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }
}
