package dev.lightspeed.stack.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The node graph SnakeYAML's composer builds, for text in the shape declarations are written in, without SnakeYAML's
 * scanner and parser (about 75 classes a build's first call would load; issue 16): block mappings and sequences
 * (also a sequence not indented under its key), one-line plain and quoted scalars (double-quoted ones without
 * escapes), one-line flow mappings and
 * sequences of such scalars, comments and blank lines. Scalars are resolved by SnakeYAML's own resolver and each node
 * gets the start mark the composer gives it, so {@link SafeYamlReader} turns either graph into the same tree. On
 * anything else (tabs, CR, anchors, aliases, tags, block or multi-line scalars, escapes, document markers,
 * nested flow collections, an empty list item, a key with a space before its colon, merge keys, characters outside
 * the BMP or that YAML 1.1 takes for line breaks, deep nesting) it answers
 * null and SnakeYAML reads the text, which also judges every malformed file. {@code BlockYamlTest} holds the two to
 * the same result on every YAML file of the repository and on random texts. Not thread-safe: one per text.
 */
final class BlockYaml {

    /** Characters that may not start a plain scalar here (a '-', '?' or ':' before a space is an indicator too). */
    private static final String INDICATORS = "?:,[]{}#&*!|>'\"%@`-";

    private final Resolver resolver;
    private final int maxDepth;
    private final String[] lines;
    private final int[] offsets;
    private int line;

    /** Thrown to decline: the text is not in the shape this reader takes. */
    private static final class Decline extends RuntimeException {
        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();
    /** A mark's snippet buffer: SafeYamlReader uses only a mark's line and column. */
    private static final int[] NO_SNIPPET = new int[0];

    private BlockYaml(String text, Resolver resolver, int maxDepth) {
        this.resolver = resolver;
        this.maxDepth = maxDepth;
        List<String> split = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                split.add(text.substring(start, i));
                starts.add(start);
                start = i + 1;
            }
        }
        lines = split.toArray(new String[0]);
        offsets = new int[starts.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = starts.get(i);
        }
    }

    /** The root node of {@code text}, or null when the text is not in the shape this reader takes. */
    static Node compose(String text, Resolver resolver, YamlLimits limits) {
        if (text.length() > limits.maxBytes() || !plainText(text)) {
            return null;
        }
        BlockYaml y = new BlockYaml(text, resolver, Math.min(limits.maxDepth() - 2, 32));
        try {
            if (!y.nextContent()) {
                return null; // an empty document: SnakeYAML says so
            }
            int indent = indent(y.lines[y.line]);
            Node root = y.block(indent, 1);
            if (y.nextContent()) {
                throw DECLINE; // content less indented than the root, or after it
            }
            return root;
        } catch (Decline d) {
            return null;
        }
    }

    /**
     * Only printable BMP characters and line feeds: no tab, CR, BOM, control or surrogate character, and none of the
     * characters YAML 1.1 also takes for a line break (U+0085, U+2028, U+2029).
     */
    private static boolean plainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean printable = c == '\n' || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028
                    && c != 0x2029 || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
            if (!printable) {
                return false;
            }
        }
        return true;
    }

    private static int indent(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Moves to the next line with content (not blank, not only a comment); false at the end. */
    private boolean nextContent() {
        for (; line < lines.length; line++) {
            String l = lines[line];
            int i = indent(l);
            if (i < l.length() && l.charAt(i) != '#') {
                if (l.startsWith("---") || l.startsWith("...") || l.startsWith("%")) {
                    throw DECLINE; // document markers and directives
                }
                return true;
            }
        }
        return false;
    }

    private Mark mark(int l, int column) {
        return new Mark("text", offsets[l] + column, l, column, NO_SNIPPET, 0);
    }

    /** The block node whose first line is the current one, at {@code indent}. */
    private Node block(int indent, int depth) {
        if (depth > maxDepth) {
            throw DECLINE;
        }
        String l = lines[line];
        return entry(l, indent) ? sequence(indent, depth) : mapping(indent, depth);
    }

    /** Whether a sequence entry ("- " or a lone "-") starts at {@code col}. */
    private static boolean entry(String l, int col) {
        return col < l.length() && l.charAt(col) == '-' && (col + 1 == l.length() || l.charAt(col + 1) == ' ');
    }

    private Node sequence(int indent, int depth) {
        Mark start = mark(line, indent);
        List<Node> items = new ArrayList<>();
        while (line < lines.length && indent(lines[line]) == indent && entry(lines[line], indent)) {
            String l = lines[line];
            int p = indent + 1;
            while (p < l.length() && l.charAt(p) == ' ') {
                p++;
            }
            if (p == l.length() || l.charAt(p) == '#' || entry(l, p)) {
                throw DECLINE; // an empty item, its node on the next lines, or "- - x"
            }
            int colon = keyEnd(l, p);
            if (colon >= 0) {
                items.add(mapping(p, depth + 1));
            } else {
                items.add(inline(l, p, depth + 1));
                line++;
                afterValue(indent);
            }
            if (!nextContent()) {
                break;
            }
        }
        return new SequenceNode(Tag.SEQ, true, items, start, start, FlowStyle.BLOCK);
    }

    /**
     * The block mapping whose first key is at column {@code indent} of the current line (after "- " when it is a
     * list item); its later keys stand at that column on lines of their own.
     */
    private Node mapping(int indent, int depth) {
        if (depth > maxDepth) {
            throw DECLINE;
        }
        Mark start = mark(line, indent);
        List<NodeTuple> entries = new ArrayList<>();
        boolean first = true;
        while (true) {
            String l = lines[line];
            if (!first && (indent(l) != indent || entry(l, indent))) {
                break;
            }
            first = false;
            int colon = keyEnd(l, indent);
            if (colon < 0) {
                throw DECLINE; // not a "key: value" line
            }
            if (l.charAt(indent) != '\'' && l.charAt(indent) != '"') {
                startsPlain(l, indent, false);
            }
            Node key = scalar(l, indent, colon);
            int p = colon + 1;
            while (p < l.length() && l.charAt(p) == ' ') {
                p++;
            }
            Node value;
            if (p == l.length() || l.charAt(p) == '#') {
                int keyLine = line;
                line++;
                boolean more = nextContent();
                int next = more ? indent(lines[line]) : -1;
                if (more && next > indent) {
                    value = block(next, depth + 1);
                } else if (more && next == indent && entry(lines[line], indent)) {
                    value = sequence(indent, depth + 1); // a list not indented under its key
                } else {
                    Mark after = mark(keyLine, colon + 1);
                    value = new ScalarNode(Tag.NULL, true, "", after, after, ScalarStyle.PLAIN);
                }
            } else {
                value = inline(l, p, depth + 1);
                line++;
                afterValue(indent);
            }
            entries.add(new NodeTuple(key, value));
            if (!nextContent()) {
                break;
            }
        }
        return new MappingNode(Tag.MAP, true, entries, start, start, FlowStyle.BLOCK);
    }

    /** After a value on one line: the next content line may not be deeper (a continuation) than {@code indent}. */
    private void afterValue(int indent) {
        if (nextContent() && indent(lines[line]) > indent) {
            throw DECLINE;
        }
    }

    /**
     * Where the key that starts at {@code col} ends: the column of its ':' (followed by a space or the line's end),
     * or -1 when the line holds no key there. A quoted key ends at its closing quote.
     */
    private static int keyEnd(String l, int col) {
        char c = l.charAt(col);
        if (c == '{' || c == '[') {
            return -1; // a flow collection, read as a value
        }
        if (c == '\'' || c == '"') {
            int close = closingQuote(l, col);
            return close + 1 < l.length() && l.charAt(close + 1) == ':' && (close + 2 == l.length()
                    || l.charAt(close + 2) == ' ') ? close + 1 : -1;
        }
        for (int i = col; i < l.length(); i++) {
            char x = l.charAt(i);
            if (x == '#' && i > col && l.charAt(i - 1) == ' ') {
                return -1; // a comment before any key's colon
            }
            if (x == ':' && (i + 1 == l.length() || l.charAt(i + 1) == ' ')) {
                return i > col && l.charAt(i - 1) != ' ' ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The index of the quote closing the quoted scalar opened at {@code open}: in single quotes '' is a quote inside;
     * a double-quoted scalar with an escape is declined.
     */
    private static int closingQuote(String l, int open) {
        char quote = l.charAt(open);
        for (int i = open + 1; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\' && quote == '"') {
                throw DECLINE;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < l.length() && l.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        throw DECLINE; // a quote continued on the next line
    }

    /** A value that stands on the rest of the current line from {@code p}: a flow collection or a scalar. */
    private Node inline(String l, int p, int depth) {
        char c = l.charAt(p);
        int end;
        Node node;
        if (c == '{' || c == '[') {
            if (depth > maxDepth) {
                throw DECLINE;
            }
            int[] at = {p + 1};
            node = c == '{' ? flowMapping(l, p, at) : flowSequence(l, p, at);
            end = at[0];
        } else if (c == '\'' || c == '"') {
            end = closingQuote(l, p) + 1;
            node = quoted(l, p, end);
        } else {
            end = plainEnd(l, p, false);
            node = scalar(l, p, end);
        }
        rest(l, end);
        return node;
    }

    /** Nothing but spaces and a comment may follow a value. */
    private static void rest(String l, int end) {
        int i = end;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        if (i < l.length() && (l.charAt(i) != '#' || i == end)) {
            throw DECLINE;
        }
    }

    /**
     * Declines unless a plain scalar may start at {@code p}: no indicator, except '-' (and in block context '?' and
     * ':') before a character that is not a space.
     */
    private static void startsPlain(String l, int p, boolean flow) {
        char first = l.charAt(p);
        boolean spaceNext = p + 1 == l.length() || l.charAt(p + 1) == ' ';
        boolean dashLike = first == '-' || !flow && (first == '?' || first == ':');
        if (INDICATORS.indexOf(first) >= 0 && (!dashLike || spaceNext)) {
            throw DECLINE;
        }
    }

    /**
     * The end (exclusive, spaces trimmed) of a one-line plain scalar from {@code p}; in flow context also at
     * {@code , ? [ ] { }} and at ':' before one of {@code , [ ] { }}.
     */
    private static int plainEnd(String l, int p, boolean flow) {
        startsPlain(l, p, flow);
        int i = p;
        int last = p;
        for (; i < l.length(); i++) {
            char x = l.charAt(i);
            if (x == '#' && l.charAt(i - 1) == ' ') {
                break;
            }
            if (x == ':' && (i + 1 == l.length() || l.charAt(i + 1) == ' ' || flow && ",[]{}".indexOf(l.charAt(
                    i + 1)) >= 0)) {
                if (!flow) {
                    throw DECLINE; // "mapping values are not allowed here", or a key: SnakeYAML says which
                }
                break;
            }
            if (flow && ",?[]{}".indexOf(x) >= 0) {
                break;
            }
            if (x != ' ') {
                last = i + 1;
            }
        }
        return last;
    }

    private Node scalar(String l, int start, int end) {
        if (l.charAt(start) == '\'' || l.charAt(start) == '"') {
            return quoted(l, start, end);
        }
        String text = l.substring(start, end);
        if (text.isEmpty() || text.startsWith("<<")) {
            throw DECLINE; // merge keys: SnakeYAML's composer
        }
        Mark m = mark(line, start);
        return new ScalarNode(resolver.resolve(NodeId.scalar, text, true), true, text, m, m, ScalarStyle.PLAIN);
    }

    /** A quoted scalar from the quote at {@code start} to just after its closing quote at {@code end - 1}. */
    private Node quoted(String l, int start, int end) {
        boolean single = l.charAt(start) == '\'';
        String inside = l.substring(start + 1, end - 1);
        Mark m = mark(line, start);
        return new ScalarNode(Tag.STR, true, single ? inside.replace("''", "'") : inside, m, m,
                single ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED);
    }

    /** A flow scalar (plain or single-quoted) at {@code at[0]}, after which {@code at[0]} is its end. */
    private Node flowScalar(String l, int[] at) {
        int p = at[0];
        if (p >= l.length()) {
            throw DECLINE;
        }
        if (l.charAt(p) == '\'' || l.charAt(p) == '"') {
            int end = closingQuote(l, p) + 1;
            at[0] = end;
            return quoted(l, p, end);
        }
        if (l.charAt(p) == '{' || l.charAt(p) == '[') {
            throw DECLINE; // nested flow collections
        }
        int end = plainEnd(l, p, true);
        if (end == p) {
            throw DECLINE;
        }
        at[0] = end;
        return scalar(l, p, end);
    }

    private static int skipSpaces(String l, int i) {
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A one-line flow mapping of scalars opened at {@code open}; {@code at[0]} ends just after its '}'. */
    private Node flowMapping(String l, int open, int[] at) {
        Mark start = mark(line, open);
        List<NodeTuple> entries = new ArrayList<>();
        at[0] = skipSpaces(l, at[0]);
        if (at[0] < l.length() && l.charAt(at[0]) == '}') {
            at[0]++;
            return new MappingNode(Tag.MAP, true, entries, start, start, FlowStyle.FLOW);
        }
        while (true) {
            Node key = flowScalar(l, at);
            int i = skipSpaces(l, at[0]);
            if (i >= l.length() || l.charAt(i) != ':' || i + 1 >= l.length() || l.charAt(i + 1) != ' ' || i != at[0]) {
                throw DECLINE; // only "key: value"
            }
            at[0] = skipSpaces(l, i + 1);
            Node value = flowScalar(l, at);
            entries.add(new NodeTuple(key, value));
            if (close(l, at, '}')) {
                return new MappingNode(Tag.MAP, true, entries, start, start, FlowStyle.FLOW);
            }
        }
    }

    /** A one-line flow sequence of scalars opened at {@code open}; {@code at[0]} ends just after its ']'. */
    private Node flowSequence(String l, int open, int[] at) {
        Mark start = mark(line, open);
        List<Node> items = new ArrayList<>();
        at[0] = skipSpaces(l, at[0]);
        if (at[0] < l.length() && l.charAt(at[0]) == ']') {
            at[0]++;
            return new SequenceNode(Tag.SEQ, true, items, start, start, FlowStyle.FLOW);
        }
        while (true) {
            items.add(flowScalar(l, at));
            if (close(l, at, ']')) {
                return new SequenceNode(Tag.SEQ, true, items, start, start, FlowStyle.FLOW);
            }
        }
    }

    /** After a flow entry: true at the closing bracket (consumed), false after ", " (consumed); else declines. */
    private static boolean close(String l, int[] at, char bracket) {
        int i = skipSpaces(l, at[0]);
        if (i < l.length() && l.charAt(i) == bracket) {
            at[0] = i + 1;
            return true;
        }
        if (i < l.length() && l.charAt(i) == ',' && i + 1 < l.length() && l.charAt(i + 1) == ' ') {
            at[0] = skipSpaces(l, i + 1);
            if (at[0] < l.length() && (l.charAt(at[0]) == bracket || l.charAt(at[0]) == ',')) {
                throw DECLINE; // a trailing or empty entry
            }
            return false;
        }
        throw DECLINE;
    }
}
