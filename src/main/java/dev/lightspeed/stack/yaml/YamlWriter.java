package dev.lightspeed.stack.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * Writes plain Java values (maps in their iteration order, lists, strings, numbers, booleans, null) as block YAML in
 * the style of PyYAML's {@code safe_dump(sort_keys=False)}, which is what llama-stack's own files look like. SnakeYAML's
 * emitter (a port of PyYAML's) decides quoting and layout; this class only sets its options: {@code \n} line ends,
 * two-space indent, indentless lists under a key, no line folding, no anchors, non-ASCII escaped in double quotes as
 * PyYAML does by default (so an invisible character such as U+200B is written as an escape), and PyYAML's spelling of
 * floats ({@code 1.0e+20}, {@code .nan}). A string with a line break is double-quoted rather than a block scalar.
 * Thread-safe.
 */
public final class YamlWriter {

    private static final DumperOptions OPTIONS = options();
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\x85\\u2028\\u2029]");

    private YamlWriter() {
    }

    public static String write(Object document) {
        StringWriter out = new StringWriter();
        Serializer serializer = new Serializer(new Emitter(out, OPTIONS), new Resolver(), OPTIONS, null);
        try {
            serializer.open();
            serializer.serialize(new PlainRepresenter().represent(document));
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** A string as a YAML scalar: plain when that reads back as the same string, else quoted. */
    public static String scalar(String s) {
        String doc = write(s);
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
        o.setDereferenceAliases(true);
        return o;
    }

    /** SnakeYAML's safe representer, with PyYAML's floats, string keys, and anything else written as its text. */
    private static final class PlainRepresenter extends Representer {

        PlainRepresenter() {
            super(OPTIONS);
            Represent floating = data -> representScalar(Tag.FLOAT, number(((Number) data).doubleValue()));
            representers.put(Double.class, floating);
            representers.put(Float.class, floating);
            representers.put(BigDecimal.class, floating);
            representers.put(String.class, data -> representScalar(Tag.STR, (String) data,
                    LINE_BREAK.matcher((String) data).find() ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                            : DumperOptions.ScalarStyle.PLAIN));
            multiRepresenters.put(Map.class, this::stringKeys);
            representers.put(null, data -> representScalar(Tag.STR, data.toString()));
        }

        private Node stringKeys(Object data) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) data).forEach((k, v) -> copy.put(String.valueOf(k), v));
            return representMapping(Tag.MAP, copy, DumperOptions.FlowStyle.BLOCK);
        }
    }
}
