package dev.lightspeed.stack.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * llama-stack's environment references: {@code ${env.NAME}}, {@code ${env.NAME:=default}}, {@code ${env.NAME:+value}},
 * matched by the same pattern llama-stack uses at start-up. Also finds the near misses that llama-stack would take
 * literally ({@code ${NAME}}, {@code ${ENV.NAME}}, {@code ${env.lower}}) or that are unterminated.
 */
public final class EnvReference {

    /** llama-stack's own pattern (llama_stack/core/stack.py). */
    public static final Pattern PATTERN = Pattern.compile("\\$\\{env\\.([A-Z0-9_]+)(?::([=+])([^}]*))?\\}");
    private static final Pattern ANY_BRACE = Pattern.compile("\\$\\{([^}]*)(\\}|$)");

    /** One {@code ${…}} in a string that llama-stack will not substitute. */
    public record Malformed(String text, int offset, String why, String fix) {
    }

    private EnvReference() {
    }

    /** The whole value is one reference, so after substitution it may become any type. */
    public static boolean isWholeReference(String s) {
        return PATTERN.matcher(s).matches();
    }

    /**
     * A whole reference that yields nothing when its variable is unset: {@code ${env.X:=}} (empty default) or
     * {@code ${env.X:+value}} (a value only when X is set). llama-stack turns that empty result into null.
     */
    public static boolean emptyWhenUnset(String s) {
        Matcher m = PATTERN.matcher(s);
        return m.matches() && m.group(2) != null && (m.group(2).equals("+") || m.group(3).isEmpty());
    }

    /** Variable names referenced in {@code s}, in order. */
    public static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The {@code ${…}} fragments of {@code s} that llama-stack would leave as literal text. */
    public static List<Malformed> malformed(String s) {
        List<Malformed> out = new ArrayList<>();
        if (!s.contains("${")) {
            return out;
        }
        Matcher m = ANY_BRACE.matcher(s);
        while (m.find()) {
            String whole = m.group();
            if (m.group(2).isEmpty()) {
                out.add(new Malformed(whole, m.start(), "unterminated environment reference '" + whole + "'",
                        "close it with '}'"));
                break;
            }
            if (PATTERN.matcher(whole).matches()) {
                continue;
            }
            String inner = m.group(1);
            String name = inner.replaceFirst("(?i)^env\\.", "").replaceFirst(":.*$", "");
            String rest = inner.contains(":") ? inner.substring(inner.indexOf(':')) : "";
            String upper = name.isEmpty() ? "NAME"
                    : name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
            String suggestion = "${env." + upper + rest + "}";
            String why;
            if (!inner.regionMatches(true, 0, "env.", 0, 4)) {
                why = "'" + whole + "' is not an environment reference, which needs the 'env.' prefix; it would be"
                        + " used literally";
            } else if (!inner.startsWith("env.")) {
                why = "'" + whole + "': the prefix must be lower-case 'env.'; this would be used literally";
            } else if (!name.matches("[A-Z0-9_]+")) {
                why = "'" + whole + "': only upper-case names (A-Z, 0-9, _) are substituted; this stays literal"
                        + " text";
            } else {
                why = "'" + whole + "': only ':=' (default) and ':+' (if set) may follow the name";
                suggestion = "${env." + name + ":=" + rest.substring(1).replaceFirst("^[-?]", "") + "}";
            }
            out.add(new Malformed(whole, m.start(), why, "write " + suggestion));
        }
        return out;
    }
}
