package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.schema.EnvReference;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What llama-stack's {@code replace_env_vars} does to a run.yaml at start-up (llama_stack/core/stack.py at v0.2.22 and
 * v0.3.5), applied to a {@link YNode} tree so that positions survive: every string is matched with
 * {@link EnvReference#PATTERN}; {@code ${env.X:=default}} gives the default, {@code ${env.X:+value}} gives empty;
 * when a string changed, the result is coerced as {@code _convert_string_to_proper_type} does (empty → null,
 * {@code true}/{@code false} in any case → boolean, Python {@code int()} / {@code float()} → number).
 * A list entry whose {@code provider_id} resolves to {@code __disabled__} is dropped, as llama-stack drops it.
 *
 * <p>Environment assumptions (those of the validation contract): a variable used as plain {@code ${env.X}} counts as
 * set; its value is unknown, so a value that is exactly one plain reference stays as it is (the schema checker then
 * accepts any type there) and a plain reference inside a longer string stays as text. Variables used with
 * {@code :=} or {@code :+} count as unset. Stateless and thread-safe.
 */
public final class EnvSubstitution {

    /** The provider id llama-stack treats as "switched off". */
    public static final String DISABLED = "__disabled__";

    private static final Pattern PY_INT = Pattern.compile("[+-]?[0-9](_?[0-9])*");
    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?((([0-9](_?[0-9])*)?\\.[0-9](_?[0-9])*|[0-9](_?[0-9])*\\.?)([eE][+-]?[0-9](_?[0-9])*)?"
                    + "|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private EnvSubstitution() {
    }

    /** The resolved view of a whole document (or any node). */
    public static YNode resolve(YNode node) {
        if (node instanceof YMap m) {
            List<YMap.Entry> out = new ArrayList<>(m.size());
            for (YMap.Entry e : m.entries().values()) {
                out.add(new YMap.Entry(e.key(), e.keyLocation(), resolve(e.value())));
            }
            return new YMap(out, m.location());
        }
        if (node instanceof YSeq s) {
            List<YNode> out = new ArrayList<>(s.items().size());
            for (YNode item : s.items()) {
                if (item instanceof YMap im && isDisabledMarker(im)) {
                    continue;
                }
                out.add(resolve(item));
            }
            return new YSeq(out, s.location());
        }
        return resolveScalar((YScalar) node);
    }

    /** A scalar after substitution and coercion; unchanged when it holds no substitutable reference. */
    public static YScalar resolveScalar(YScalar s) {
        if (!s.isString() || !s.text().contains("${") || EnvReference.isWholeReference(s.text())
                && plainName(s.text()).isPresent()) {
            return s;
        }
        Matcher m = EnvReference.PATTERN.matcher(s.text());
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String op = m.group(2);
            String replacement;
            if (op == null) {
                replacement = m.group();
            } else {
                changed = true;
                replacement = op.equals("=") ? m.group(3) : "";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        if (!changed) {
            return s;
        }
        return coerce(sb.toString(), s.location());
    }

    /** {@code _convert_string_to_proper_type}. */
    static YScalar coerce(String v, Location where) {
        if (v.isEmpty()) {
            return new YScalar("null", YScalar.ScalarType.NULL, false, where);
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return new YScalar(lower, YScalar.ScalarType.BOOL, false, where);
        }
        String t = v.strip();
        if (PY_INT.matcher(t).matches()) {
            return new YScalar(new BigInteger(t.replace("_", "")).toString(), YScalar.ScalarType.INT, false, where);
        }
        if (PY_FLOAT.matcher(t).matches()) {
            String f = t.replace("_", "").toLowerCase(Locale.ROOT);
            String text = f.contains("inf") ? (f.startsWith("-") ? "-.inf" : ".inf") : f.contains("nan") ? ".nan"
                    : Double.toString(Double.parseDouble(f));
            return new YScalar(text, YScalar.ScalarType.FLOAT, false, where);
        }
        return new YScalar(v, YScalar.ScalarType.STRING, true, where);
    }

    /** Whether a value, after substitution, switches a provider (or a resource) off: null, empty or {@code __disabled__}. */
    public static boolean isDisabledId(YNode resolvedId) {
        if (!(resolvedId instanceof YScalar s)) {
            return false;
        }
        return s.isNull() || s.isString() && (s.text().isEmpty() || s.text().equals(DISABLED));
    }

    /** The variable of a value that is exactly one plain {@code ${env.X}}. */
    static Optional<String> plainName(String text) {
        Matcher m = EnvReference.PATTERN.matcher(text);
        return m.matches() && m.group(2) == null ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean isDisabledMarker(YMap m) {
        Optional<YNode> id = m.get("provider_id");
        if (id.isEmpty() || !(id.get() instanceof YScalar s)) {
            return false;
        }
        YScalar r = resolveScalar(s);
        return r.isString() && r.text().equals(DISABLED);
    }
}
