package dev.lightspeed.stack.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes plain Java values (maps in their iteration order, lists, strings, numbers, booleans, null) as block YAML in
 * the style of PyYAML's {@code safe_dump(sort_keys=False)}, which is what llama-stack's own files look like. The output
 * is deterministic: {@code \n} line ends, two-space indent, no timestamps, strings quoted exactly when YAML 1.1 would
 * otherwise read them as something else. Thread-safe.
 */
public final class YamlWriter {

    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern PLAIN_SAFE = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\n\\r\\t]*");

    private YamlWriter() {
    }

    public static String write(Object document) {
        StringBuilder sb = new StringBuilder();
        if (document instanceof Map<?, ?> m && !m.isEmpty()) {
            writeMap(sb, m, 0);
        } else if (document instanceof List<?> l && !l.isEmpty()) {
            writeList(sb, l, 0);
        } else {
            sb.append(inline(document)).append('\n');
        }
        return sb.toString();
    }

    private static void writeMap(StringBuilder sb, Map<?, ?> map, int indent) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(sb, indent);
            sb.append(scalar(String.valueOf(e.getKey()))).append(':');
            writeValue(sb, e.getValue(), indent, false);
        }
    }

    private static void writeList(StringBuilder sb, List<?> list, int indent) {
        for (Object item : list) {
            indent(sb, indent);
            sb.append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                sb.append(' ');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        indent(sb, indent + 2);
                    }
                    first = false;
                    sb.append(scalar(String.valueOf(e.getKey()))).append(':');
                    writeValue(sb, e.getValue(), indent + 2, false);
                }
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                sb.append('\n');
                writeList(sb, l, indent + 2);
            } else {
                sb.append(' ').append(inline(item)).append('\n');
            }
        }
    }

    /** After "key:": nested block on the next lines, or " value\n". Lists under a map key are not indented. */
    private static void writeValue(StringBuilder sb, Object value, int indent, boolean unused) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append('\n');
            writeMap(sb, m, indent + 2);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            sb.append('\n');
            writeList(sb, l, indent);
        } else {
            sb.append(' ').append(inline(value)).append('\n');
        }
    }

    private static void indent(StringBuilder sb, int n) {
        sb.append(" ".repeat(n));
    }

    private static String inline(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short) {
            return v.toString();
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return number(((Number) v).doubleValue());
        }
        return scalar(v.toString());
    }

    static String number(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        String exp = s.substring(e + 1);
        return mantissa + "e" + (exp.startsWith("-") ? exp : "+" + exp);
    }

    /** A string as a YAML scalar: plain when that reads back as the same string, else quoted. */
    public static String scalar(String s) {
        if (isPlainSafe(s)) {
            return s;
        }
        if (s.codePoints().allMatch(YamlWriter::visible)) {
            return "'" + s.replace("'", "''") + "'";
        }
        return doubleQuoted(s);
    }

    /** Printable and visible: no control characters, no invisible format characters such as U+200B. */
    private static boolean visible(int c) {
        return (c >= 0x20 && c < 0x7f || c >= 0xa0) && Character.getType(c) != Character.FORMAT
                && Character.isDefined(c) && !Character.isSurrogate((char) Math.min(c, 0xffff));
    }

    static boolean isPlainSafe(String s) {
        if (s.isEmpty() || !PLAIN_SAFE.matcher(s).matches()) {
            return false;
        }
        if (s.endsWith(" ") || s.endsWith(":") || s.contains(": ") || s.contains(" #")) {
            return false;
        }
        if (s.startsWith("- ") || s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        boolean printable = s.codePoints().allMatch(YamlWriter::visible);
        return printable && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 0 -> sb.append("\\0");
                default -> {
                    if (!visible(c) && c <= 0xff) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", c));
                    } else if (!visible(c) && c <= 0xffff) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else if (!visible(c)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\U%08X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
