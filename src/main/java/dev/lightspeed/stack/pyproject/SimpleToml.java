package dev.lightspeed.stack.pyproject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader for TOML in the shape a {@code pyproject.toml} nearly always has, so that an edit needs no general parser
 * (tomlj's ANTLR grammar costs a fresh build a few hundred classes): table headers and arrays of tables with simple
 * keys, one {@code key = value} per line with a simple (not dotted) key, values that are single-line basic or literal
 * strings, decimal integers and floats, booleans, arrays of those and single-line inline tables; comments and blank
 * lines anywhere TOML allows them. Duplicate keys and tables, and tables redefined or extended against the rules,
 * are refused.
 *
 * <p>It answers {@code null} for anything else (a multi-line string, a date, a hexadecimal number, a dotted key, a
 * malformed line, ...): then tomlj reads the file and is the judge, with its positioned errors. What it accepts is
 * TOML that tomlj reads to the same values. Offsets are {@code char} indexes into the text.
 */
final class SimpleToml {

    /** Thrown to give up: the text is not in the simple shape. */
    private static final class NotSimple extends Exception {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            super(null, null, false, false);
        }
    }

    private static final NotSimple NOT_SIMPLE = new NotSimple();

    private final String text;
    private final Map<String, Object> root = new LinkedHashMap<>();
    /** Tables given a header of their own ({@code [a]}), inline tables and arrays of tables, by identity. */
    private final Set<Object> defined = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> inline = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> arraysOfTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private int pos;

    private SimpleToml(String text) {
        this.text = text;
    }

    /** The document, or null when it is not in the simple shape (tomlj must read it). */
    static Map<String, Object> parse(String text) {
        SimpleToml p = new SimpleToml(text);
        try {
            p.document();
            return p.root;
        } catch (NotSimple | RuntimeException e) {
            return null;
        }
    }

    private void document() throws NotSimple {
        Map<String, Object> table = root;
        while (pos < text.length()) {
            skipSpaces();
            char c = peek();
            if (c == '[') {
                table = header();
            } else if (c != '#' && c != '\n' && c != '\r' && pos < text.length()) {
                pair(table);
            }
            endOfLine();
        }
    }

    private Map<String, Object> header() throws NotSimple {
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        List<String> key = new ArrayList<>();
        while (true) {
            skipSpaces();
            key.add(simpleKey());
            skipSpaces();
            if (peek() != '.') {
                break;
            }
            pos++;
        }
        expect(']');
        if (array) {
            expect(']');
        }
        Map<String, Object> parent = root;
        for (String k : key.subList(0, key.size() - 1)) {
            parent = descend(parent, k);
        }
        String last = key.get(key.size() - 1);
        Object existing = parent.get(last);
        if (array) {
            Object list = existing == null ? newArrayOfTables(parent, last) : existing;
            if (!arraysOfTables.contains(list)) {
                throw NOT_SIMPLE;
            }
            Map<String, Object> table = new LinkedHashMap<>();
            ((PlainToml.Array) list).add(table, pos);
            defined.add(table);
            return table;
        }
        if (existing == null) {
            Map<String, Object> table = new LinkedHashMap<>();
            parent.put(last, table);
            defined.add(table);
            return table;
        }
        if (!(existing instanceof Map) || defined.contains(existing) || inline.contains(existing)) {
            throw NOT_SIMPLE;
        }
        defined.add(existing);
        @SuppressWarnings("unchecked")
        Map<String, Object> table = (Map<String, Object>) existing;
        return table;
    }

    private Object newArrayOfTables(Map<String, Object> parent, String key) {
        PlainToml.Array list = new PlainToml.Array();
        parent.put(key, list);
        arraysOfTables.add(list);
        return list;
    }

    /** The table {@code key} of {@code parent} for a header going through it, created (implicitly) when absent. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> descend(Map<String, Object> parent, String key) throws NotSimple {
        Object v = parent.get(key);
        if (v == null) {
            Map<String, Object> table = new LinkedHashMap<>();
            parent.put(key, table);
            return table;
        }
        if (arraysOfTables.contains(v)) {
            PlainToml.Array a = (PlainToml.Array) v;
            return (Map<String, Object>) a.get(a.size() - 1);
        }
        if (v instanceof Map && !inline.contains(v)) {
            return (Map<String, Object>) v;
        }
        throw NOT_SIMPLE;
    }

    private void pair(Map<String, Object> table) throws NotSimple {
        String key = simpleKey();
        skipSpaces();
        expect('=');
        skipSpaces();
        Object value = value();
        if (table.putIfAbsent(key, value) != null) {
            throw NOT_SIMPLE;
        }
    }

    /** After a header or pair: spaces, a comment, then the end of the line or of the text. */
    private void endOfLine() throws NotSimple {
        skipSpaces();
        if (peek() == '#') {
            comment();
        }
        if (pos >= text.length()) {
            return;
        }
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek() == '\n') {
            pos++;
        } else {
            throw NOT_SIMPLE;
        }
    }

    private void comment() throws NotSimple {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            if (isControl(c) && !(c == '\r' && text.startsWith("\r\n", pos))) {
                throw NOT_SIMPLE;
            }
            pos++;
        }
    }

    private String simpleKey() throws NotSimple {
        char c = peek();
        if (c == '"' || c == '\'') {
            String quoted = c == '"' ? basicString() : literalString();
            if (quoted.isEmpty()) {
                throw NOT_SIMPLE;
            }
            return quoted;
        }
        int start = pos;
        while (pos < text.length() && isBare(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw NOT_SIMPLE;
        }
        return text.substring(start, pos);
    }

    private Object value() throws NotSimple {
        char c = peek();
        if (c == '"') {
            return basicString();
        }
        if (c == '\'') {
            return literalString();
        }
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        return scalar();
    }

    private PlainToml.Array array() throws NotSimple {
        pos++;
        PlainToml.Array a = new PlainToml.Array();
        while (true) {
            skipBlankAndComments();
            if (peek() == ']') {
                pos++;
                return a;
            }
            int at = pos;
            a.add(value(), at);
            skipBlankAndComments();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                return a;
            } else {
                throw NOT_SIMPLE;
            }
        }
    }

    private Map<String, Object> inlineTable() throws NotSimple {
        pos++;
        Map<String, Object> t = new LinkedHashMap<>();
        inline.add(t);
        skipSpaces();
        if (peek() == '}') {
            pos++;
            return t;
        }
        while (true) {
            skipSpaces();
            pair(t);
            skipSpaces();
            if (peek() == '}') {
                pos++;
                return t;
            }
            expect(',');
        }
    }

    /** {@code true}, {@code false}, a decimal integer or float; anything else gives up. */
    private Object scalar() throws NotSimple {
        int start = pos;
        while (pos < text.length() && isScalarChar(text.charAt(pos))) {
            pos++;
        }
        String s = text.substring(start, pos);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        int intEnd = digits(s, i);
        if (intEnd < 0 || intEnd - i > 1 && s.charAt(i) == '0') {
            throw NOT_SIMPLE;
        }
        int end = intEnd;
        if (end < s.length() && s.charAt(end) == '.') {
            end = digits(s, end + 1);
        }
        if (end >= 0 && end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
            int e = end + 1;
            end = digits(s, e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-') ? e + 1 : e);
        }
        if (end != s.length()) {
            throw NOT_SIMPLE;
        }
        String plain = s.replace("_", "");
        if (intEnd == s.length()) {
            return Long.parseLong(plain); // NumberFormatException (too large) gives up too
        }
        double d = Double.parseDouble(plain);
        if (Double.isInfinite(d)) {
            throw NOT_SIMPLE;
        }
        return d;
    }

    /** The end of {@code digit ( _? digit )*} starting at {@code from}, or -1. */
    private static int digits(String s, int from) {
        int i = from;
        if (i >= s.length() || !isDigit(s.charAt(i))) {
            return -1;
        }
        i++;
        while (i < s.length()) {
            if (isDigit(s.charAt(i))) {
                i++;
            } else if (s.charAt(i) == '_' && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private String basicString() throws NotSimple {
        if (text.startsWith("\"\"\"", pos)) {
            throw NOT_SIMPLE;
        }
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                escape(sb);
            } else if (isControl(c)) {
                throw NOT_SIMPLE;
            } else {
                sb.append(c);
            }
        }
    }

    private void escape(StringBuilder sb) throws NotSimple {
        char e = next();
        switch (e) {
            case 'b' -> sb.append('\b');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'f' -> sb.append('\f');
            case 'r' -> sb.append('\r');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'u', 'U' -> {
                int n = e == 'u' ? 4 : 8;
                if (pos + n > text.length()) {
                    throw NOT_SIMPLE;
                }
                int cp = 0;
                for (int k = 0; k < n; k++) {
                    int d = Character.digit(text.charAt(pos + k), 16);
                    if (d < 0) {
                        throw NOT_SIMPLE;
                    }
                    cp = cp * 16 + d;
                }
                pos += n;
                if (cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
                    throw NOT_SIMPLE;
                }
                sb.appendCodePoint(cp);
            }
            default -> throw NOT_SIMPLE;
        }
    }

    private String literalString() throws NotSimple {
        if (text.startsWith("'''", pos)) {
            throw NOT_SIMPLE;
        }
        int start = ++pos;
        while (true) {
            char c = next();
            if (c == '\'') {
                return text.substring(start, pos - 1);
            }
            if (isControl(c)) {
                throw NOT_SIMPLE;
            }
        }
    }

    private void skipBlankAndComments() throws NotSimple {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n') {
                pos++;
            } else if (c == '\r' && text.startsWith("\r\n", pos)) {
                pos += 2;
            } else if (c == '#') {
                comment();
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

    private void expect(char c) throws NotSimple {
        if (peek() != c) {
            throw NOT_SIMPLE;
        }
        pos++;
    }

    private char next() throws NotSimple {
        if (pos >= text.length()) {
            throw NOT_SIMPLE;
        }
        return text.charAt(pos++);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    /** A control character TOML does not allow in strings and comments (a tab is allowed). */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c == 0x7F;
    }

    private static boolean isBare(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isScalarChar(char c) {
        return isBare(c) || c == '+' || c == '.' || c == ':';
    }
}
