package dev.lightspeed.stack.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * Writes plain Java values (maps in their iteration order, lists, strings, numbers, booleans, null) as block YAML in
 * the style of PyYAML's {@code safe_dump(sort_keys=False)}, which is what llama-stack's own files look like. SnakeYAML's
 * emitter (a port of PyYAML's) decides quoting and layout; this class only builds its nodes from the values and sets
 * its options: {@code \n} line ends, two-space indent, indentless lists under a key, no line folding, no anchors,
 * non-ASCII escaped in double quotes as PyYAML does by default (so an invisible character such as U+200B is written as
 * an escape), and PyYAML's spelling of floats ({@code 1.0e+20}, {@code .nan}). A string with a line break is
 * double-quoted rather than a block scalar. Thread-safe.
 */
public final class YamlWriter {

    /** Read-only once built: only {@code resolve} is called. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlWriter() {
    }

    public static String write(Object document) {
        String common = PlainBlockWriter.write(document, RESOLVER);
        return common != null ? common : emit(document);
    }

    /** The emitter's options, set up on first use: a build that writes only {@link PlainBlockWriter}'s case never does. */
    private static final class Emitting {
        static final DumperOptions OPTIONS = options();
        static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\x85\\u2028\\u2029]");
    }

    /** The document through SnakeYAML's serializer and emitter. */
    static String emit(Object document) {
        StringWriter out = new StringWriter();
        DumperOptions options = Emitting.OPTIONS;
        Serializer serializer = new Serializer(new Emitter(out, options), RESOLVER, options, null);
        try {
            serializer.open();
            serializer.serialize(node(document));
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** A string as a YAML scalar: plain when that reads back as the same string, else quoted. */
    public static String scalar(String s) {
        String common = PlainBlockWriter.scalar(s, RESOLVER);
        if (common != null) {
            return common;
        }
        String doc = emit(s);
        return doc.substring(0, doc.length() - 1);
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).setScale(1, RoundingMode.UNNECESSARY).toPlainString();
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String exp = s.substring(e + 1);
        return s.substring(0, e) + "e" + (exp.startsWith("-") ? exp : "+" + exp);
    }

    private static DumperOptions options() {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setWidth(Integer.MAX_VALUE);
        o.setSplitLines(false);
        o.setAllowUnicode(false);
        o.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return o;
    }

    /** The node SnakeYAML's emitter writes for a plain value; anything else is written as its text. */
    private static Node node(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<NodeTuple> entries = new ArrayList<>(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                entries.add(new NodeTuple(string(String.valueOf(e.getKey())), node(e.getValue())));
            }
            return new MappingNode(Tag.MAP, entries, DumperOptions.FlowStyle.BLOCK);
        }
        if (v instanceof List<?> l) {
            List<Node> items = new ArrayList<>(l.size());
            for (Object x : l) {
                items.add(node(x));
            }
            return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
        }
        Tag tag = tag(v);
        return tag.equals(Tag.STR) ? string(text(v)) : new ScalarNode(tag, text(v), null, null,
                DumperOptions.ScalarStyle.PLAIN);
    }

    /** The tag of a scalar value: null, bool, int, float, or str for anything else. */
    static Tag tag(Object v) {
        if (v == null) {
            return Tag.NULL;
        }
        if (v instanceof Boolean) {
            return Tag.BOOL;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short) {
            return Tag.INT;
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return Tag.FLOAT;
        }
        return Tag.STR;
    }

    /** The text of a scalar value ({@link #tag}): floats spelled as PyYAML does. */
    static String text(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return number(((Number) v).doubleValue());
        }
        return v.toString();
    }

    /** A string node: the emitter picks plain or quoted; one with a line break is double-quoted, not a block. */
    private static Node string(String s) {
        return new ScalarNode(Tag.STR, s, null, null, Emitting.LINE_BREAK.matcher(s).find()
                ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.PLAIN);
    }
}
