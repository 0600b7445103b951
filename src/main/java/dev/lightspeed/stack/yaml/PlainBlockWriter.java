package dev.lightspeed.stack.yaml;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link YamlWriter}'s layout for the documents generate writes, without starting SnakeYAML's emitter (about 30
 * classes on a build's first call; issue 16): block mappings and sequences, sequences under a key not indented,
 * {@code {}} and {@code []} for empty ones, and each scalar plain or single-quoted exactly when SnakeYAML's emitter
 * would choose that style. A value it cannot vouch for (a string outside printable ASCII, with a line break, an empty
 * or long key, a number or boolean whose text would read back as another type) makes {@link #write} answer null, and
 * the caller uses the emitter. {@code YamlWriterTest} holds the two to the same bytes. Stateless.
 */
final class PlainBlockWriter {

    /**
     * SnakeYAML writes a key of this length or longer as a complex key ({@code ? key}): its limit is 128 characters
     * counting the key's tag, {@code !!str}, which it never writes.
     */
    private static final int MAX_SIMPLE_KEY = 128 - "!!str".length();
    /** Characters that may not start a plain scalar. */
    private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

    private final Resolver resolver;
    private final StringBuilder out = new StringBuilder(4096);

    private PlainBlockWriter(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The document as SnakeYAML's emitter writes it, or null when it holds a value this writer does not render. */
    static String write(Object document, Resolver resolver) {
        PlainBlockWriter w = new PlainBlockWriter(resolver);
        return w.root(document) ? w.out.toString() : null;
    }

    /** One scalar as a value, or null when this writer does not render it. */
    static String scalar(Object value, Resolver resolver) {
        PlainBlockWriter w = new PlainBlockWriter(resolver);
        return w.scalar(value, false) ? w.out.toString() : null;
    }

    private boolean root(Object v) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            return mapping(m, 0, false);
        }
        if (v instanceof List<?> l && !l.isEmpty()) {
            return sequence(l, 0, false);
        }
        if (!inline(v)) {
            return false;
        }
        out.append('\n');
        return true;
    }

    /** Entries at {@code indent}; the first one continues the current line when {@code inline} (after "- "). */
    private boolean mapping(Map<?, ?> m, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first || !inline) {
                indent(indent);
            }
            first = false;
            String key = String.valueOf(e.getKey());
            if (key.isEmpty() || key.length() >= MAX_SIMPLE_KEY || !scalar(key, true)) {
                return false;
            }
            out.append(':');
            if (!value(e.getValue(), indent)) {
                return false;
            }
        }
        return true;
    }

    /** A mapping's value after "key:": nested below, or on the same line. */
    private boolean value(Object v, int indent) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            return mapping(m, indent + 2, false);
        }
        if (v instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            return sequence(l, indent, false); // a sequence under a key is not indented
        }
        out.append(' ');
        if (!inline(v)) {
            return false;
        }
        out.append('\n');
        return true;
    }

    private boolean sequence(List<?> l, int indent, boolean inline) {
        boolean first = true;
        for (Object item : l) {
            if (!first || !inline) {
                indent(indent);
            }
            first = false;
            out.append("- ");
            boolean ok;
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                ok = mapping(m, indent + 2, true);
            } else if (item instanceof List<?> s && !s.isEmpty()) {
                ok = sequence(s, indent + 2, true);
            } else {
                ok = inline(item);
                out.append('\n');
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** An empty collection or a scalar, on the current line. */
    private boolean inline(Object v) {
        if (v instanceof Map<?, ?>) {
            out.append("{}");
            return true;
        }
        if (v instanceof List<?>) {
            out.append("[]");
            return true;
        }
        return scalar(v, false);
    }

    private void indent(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    /** A scalar as {@link YamlWriter} tags it and the emitter styles it; false when neither plain nor quoted fits. */
    private boolean scalar(Object v, boolean key) {
        String text = YamlWriter.text(v);
        Tag tag = YamlWriter.tag(v);
        if (!printable(text)) {
            return false;
        }
        boolean readsBack = resolver.resolve(NodeId.scalar, text, true).equals(tag);
        if (readsBack && plain(text)) {
            out.append(text);
            return true;
        }
        if (!tag.equals(Tag.STR) || key && text.isEmpty()) {
            return false; // a number or boolean whose text reads back as another type would carry a tag
        }
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\'' ? "''" : String.valueOf(c));
        }
        out.append('\'');
        return true;
    }

    /** Only printable ASCII and spaces: no line break, tab, control or non-ASCII character (those are escaped). */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a printable ASCII string may stand plain in block context: not empty, no space at either end, not a
     * document marker, no indicator at its start, no ": " or trailing ':', no " #".
     */
    private static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ' || s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        char first = s.charAt(0);
        boolean spaceAfterFirst = n == 1 || s.charAt(1) == ' ';
        if (LEADING_INDICATORS.indexOf(first) >= 0 || (first == '?' || first == ':' || first == '-') && spaceAfterFirst) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' && (i + 1 == n || s.charAt(i + 1) == ' ') || c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
