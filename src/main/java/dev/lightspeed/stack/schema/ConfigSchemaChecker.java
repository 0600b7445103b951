package dev.lightspeed.stack.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a YAML value against a provider's config JSON Schema the way its pydantic model reads it: the subset of
 * JSON Schema that pydantic emits ({@code type, properties, required, additionalProperties, $ref/$defs, anyOf,
 * oneOf + discriminator, const, enum, items, minimum, minLength, maxLength}). A whole-value environment reference
 * ({@code ${env.X}}) is accepted wherever any value is, since llama-stack substitutes and coerces it at start-up.
 * Problems carry the JSON path and the YAML position. Rule ids: {@code config-unknown-field},
 * {@code config-missing-field}, {@code config-type}, {@code config-value}. Immutable and thread-safe.
 */
public final class ConfigSchemaChecker {

    private final JsonNode root;

    public ConfigSchemaChecker(JsonNode schema) {
        this.root = schema;
    }

    /** Checks {@code value}, whose path is {@code path}; secrets found go to {@code secrets} (may be null). */
    public void check(YNode value, String path, CheckMode mode, Problems out, List<SecretValue> secrets) {
        try {
            new Run(mode, out, secrets, new int[1]).check(value, root, path, "");
        } catch (TooDeep e) {
            out.error(RuleId.CONFIG_SCHEMA_RECURSIVE, e.at.location(), e.path,
                    "the provider's config schema refers to itself"
                    + " ($ref, anyOf or discriminator) more than " + MAX_DEPTH + " levels deep here, without the value"
                    + " getting any deeper: the schema has a cycle", "fix the config_schema in the catalog: every"
                    + " $ref cycle must pass through a property or an item");
        }
    }

    /**
     * Deepest nesting of schema checks in one run: values are at most 64 levels deep (the YAML reader's limit) and
     * pydantic's schemas add a few checks per level ($ref, union, items), so only a cycle gets here.
     */
    static final int MAX_DEPTH = 256;

    /** Ends a run whose schema recursion passed {@link #MAX_DEPTH}; reported once, where it was found. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient YNode at;
        private final String path;

        TooDeep(YNode at, String path) {
            super(null, null, false, false);
            this.at = at;
            this.path = path;
        }
    }

    /** Whether {@code value} fits, without collecting messages. */
    public boolean accepts(YNode value, CheckMode mode) {
        Problems p = new Problems();
        check(value, "config", mode, p, null);
        return !p.hasErrors();
    }

    /** Whether null (what an empty environment value becomes) is a valid value for this schema. */
    boolean acceptsNull(JsonNode schemaNode) {
        return acceptsNull(schemaNode, 0);
    }

    private boolean acceptsNull(JsonNode schemaNode, int depth) {
        JsonNode s = resolve(schemaNode);
        if (depth > MAX_DEPTH) {
            return false; // a cycle of unions: nothing in it accepts null, or an earlier option would have
        }
        if (s.isMissingNode() || s.isEmpty()) {
            return true;
        }
        for (String union : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode option : s.path(union)) {
                if (acceptsNull(option, depth + 1)) {
                    return true;
                }
            }
        }
        if (s.has("anyOf") || s.has("oneOf") || s.has("const") || s.has("enum") && !s.get("enum").toString()
                .contains("null")) {
            return false;
        }
        String type = s.path("type").asText("");
        return type.isEmpty() && !s.has("properties") || type.equals("null");
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 32 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/") && !ref.equals("#")) {
                return s;
            }
            JsonNode target = root;
            for (String part : ref.length() < 2 ? new String[0] : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            s = target;
        }
        return s;
    }

    private final class Run {
        private final CheckMode mode;
        private final Problems out;
        private final List<SecretValue> secrets;
        /** The nesting of {@link #check} calls, shared with the trial runs of unions. */
        private final int[] depth;

        Run(CheckMode mode, Problems out, List<SecretValue> secrets, int[] depth) {
            this.mode = mode;
            this.out = out;
            this.secrets = secrets;
            this.depth = depth;
        }

        void check(YNode value, JsonNode schemaNode, String path, String field) {
            if (++depth[0] > MAX_DEPTH) {
                throw new TooDeep(value, path);
            }
            try {
                checkOne(value, schemaNode, path, field);
            } finally {
                depth[0]--;
            }
        }

        private void checkOne(YNode value, JsonNode schemaNode, String path, String field) {
            JsonNode s = resolve(schemaNode);
            if (s.path("$ref").asText("").startsWith("#")) {
                throw new TooDeep(value, path); // a $ref chain that never ends: $ref: '#', or A → B → A
            }
            if (s.isMissingNode() || s.isEmpty() || s.isBoolean()) {
                return;
            }
            if (s.path("writeOnly").asBoolean(false) && value instanceof YScalar sc && secrets != null) {
                secrets.add(new SecretValue(path, field, sc));
            }
            if (value instanceof YScalar sc && sc.isString() && EnvReference.isWholeReference(sc.text())) {
                if (mode == CheckMode.STRICT && EnvReference.emptyWhenUnset(sc.text()) && !acceptsNull(s)) {
                    String name = EnvReference.names(sc.text()).get(0);
                    out.error(RuleId.CONFIG_ENV_EMPTY, sc.location(), path, "'" + sc.text() + "' is empty when " + name
                            + " is unset, and the config model then reads null where this field needs a value",
                            "write '${env." + name + "}' to require the variable, or give a value");
                }
                return;
            }
            if (s.has("anyOf") || s.has("oneOf")) {
                union(value, s, path, field);
                return;
            }
            if (s.has("const")) {
                constant(value, s.get("const"), path);
                return;
            }
            if (s.has("enum")) {
                enumeration(value, s.get("enum"), path);
                return;
            }
            String type = s.path("type").asText("");
            if (type.isEmpty()) {
                if (s.has("properties") && value instanceof YMap m) {
                    object(m, s, path);
                }
                return;
            }
            if (type.equals("array") && value instanceof YScalar sc && sc.isString()
                    && resolve(s.path("items")).has("enum")) {
                value = commaList(sc);
            }
            if (!matchesType(value, type)) {
                typeError(value, List.of(type), path);
                return;
            }
            switch (type) {
                case "object" -> object((YMap) value, s, path);
                case "array" -> {
                    if (s.has("items")) {
                        List<YNode> items = ((YSeq) value).items();
                        for (int i = 0; i < items.size(); i++) {
                            check(items.get(i), s.get("items"), path + "[" + i + "]", field);
                        }
                    }
                }
                case "string" -> stringBounds((YScalar) value, s, path);
                case "integer", "number" -> numberBounds((YScalar) value, s, path);
                default -> {
                }
            }
        }

        /**
         * llama-stack's config models split a comma-separated value into a list of enum members in "before"
         * validators that JSON Schema does not show (0.2.x telemetry {@code sinks: ${env.TELEMETRY_SINKS:=console,sqlite}});
         * only lists of enum members are read this way.
         */
        private YSeq commaList(YScalar sc) {
            List<YNode> items = new ArrayList<>();
            for (String part : sc.text().split(",")) {
                items.add(YScalar.string(part.strip(), sc.location()));
            }
            return new YSeq(items, sc.location());
        }

        private void object(YMap m, JsonNode s, String path) {
            JsonNode props = s.path("properties");
            JsonNode additional = s.get("additionalProperties");
            for (YMap.Entry e : m.entries().values()) {
                String childPath = join(path, e.key());
                if (props.has(e.key())) {
                    check(e.value(), props.get(e.key()), childPath, e.key());
                } else if (additional != null && additional.isObject()) {
                    check(e.value(), additional, childPath, e.key());
                } else if (props.size() > 0 || (additional != null && !additional.asBoolean(true))) {
                    unknownField(e, props, additional, childPath);
                }
            }
            for (JsonNode req : s.path("required")) {
                if (!m.has(req.asText())) {
                    out.error(RuleId.CONFIG_MISSING_FIELD, m.location(), join(path, req.asText()),
                            "required field '" + req.asText() + "' is missing", "add '" + req.asText() + ":'"
                                    + (path.isEmpty() ? "" : " under " + path) + example(props.path(req.asText())));
                }
            }
        }

        private String example(JsonNode prop) {
            JsonNode p = resolve(prop);
            String t = p.path("type").asText("");
            return t.isEmpty() ? "" : " (" + t + ")";
        }

        private void unknownField(YMap.Entry e, JsonNode props, JsonNode additional, String path) {
            List<String> known = new ArrayList<>();
            for (var f : props.properties()) {
                known.add(f.getKey());
            }
            List<String> close = Similar.closest(e.key(), known, 1);
            String fix = close.isEmpty() ? "remove it; known fields: " + String.join(", ", known)
                    : "did you mean '" + close.get(0) + "'?";
            boolean forbidden = additional != null && additional.isBoolean() && !additional.asBoolean();
            if (mode == CheckMode.STRICT || forbidden) {
                out.error(RuleId.CONFIG_UNKNOWN_FIELD, e.keyLocation(), path, "unknown field '" + e.key() + "'"
                        + (forbidden && mode == CheckMode.PYDANTIC ? " (the config model forbids extra fields)" : ""),
                        fix);
            } else {
                out.warning(RuleId.CONFIG_UNKNOWN_FIELD, e.keyLocation(), path, "unknown field '" + e.key()
                        + "': the config model ignores it silently", fix);
            }
        }

        private void union(YNode value, JsonNode s, String path, String field) {
            JsonNode options = s.has("anyOf") ? s.get("anyOf") : s.get("oneOf");
            JsonNode disc = s.path("discriminator");
            if (disc.has("propertyName") && value instanceof YMap m) {
                discriminated(m, disc, options, path, field);
                return;
            }
            List<JsonNode> fitting = new ArrayList<>();
            for (JsonNode o : options) {
                Problems trial = new Problems();
                new Run(mode, trial, null, depth).check(value, o, path, field);
                if (!trial.hasErrors()) {
                    fitting.add(o);
                    break;
                }
            }
            if (!fitting.isEmpty()) {
                check(value, fitting.get(0), path, field);
                return;
            }
            List<JsonNode> sameShape = new ArrayList<>();
            for (JsonNode o : options) {
                if (shapeMatches(value, resolve(o))) {
                    sameShape.add(o);
                }
            }
            if (sameShape.size() == 1) {
                check(value, sameShape.get(0), path, field);
                return;
            }
            Set<String> types = new LinkedHashSet<>();
            for (JsonNode o : options) {
                types.add(describe(resolve(o)));
            }
            typeError(value, new ArrayList<>(types), path);
        }

        private void discriminated(YMap m, JsonNode disc, JsonNode options, String path, String field) {
            String prop = disc.get("propertyName").asText();
            JsonNode mapping = disc.path("mapping");
            List<String> allowed = new ArrayList<>();
            for (var f : mapping.properties()) {
                allowed.add(f.getKey());
            }
            YNode tag = m.get(prop).orElse(null);
            if (!(tag instanceof YScalar ts)) {
                out.error(RuleId.CONFIG_MISSING_FIELD, m.location(), join(path, prop), "'" + prop
                        + "' is missing; it selects the kind of this block", "add '" + prop + ": ' with one of "
                        + String.join(", ", allowed));
                return;
            }
            if (EnvReference.isWholeReference(ts.text())) {
                return;
            }
            JsonNode target = mapping.get(ts.text());
            if (target == null) {
                List<String> close = Similar.closest(ts.text(), allowed, 1);
                out.error(RuleId.CONFIG_VALUE, ts.location(), join(path, prop), "'" + ts.text() + "' is not one of "
                        + String.join(", ", allowed), close.isEmpty() ? "use one of " + String.join(", ", allowed)
                        : "did you mean '" + close.get(0) + "'?");
                return;
            }
            check(m, JsonTrees.object().put("$ref", target.asText()), path, field);
        }

        private boolean shapeMatches(YNode value, JsonNode s) {
            String t = s.path("type").asText("");
            if (value instanceof YMap) {
                return t.equals("object") || s.has("properties");
            }
            if (value instanceof YSeq) {
                return t.equals("array");
            }
            YScalar sc = (YScalar) value;
            if (sc.isNull()) {
                return t.equals("null");
            }
            return !t.isEmpty() && !t.equals("object") && !t.equals("array") && !t.equals("null")
                    && (s.has("const") || s.has("enum") || matchesType(sc, t));
        }

        private String describe(JsonNode s) {
            if (s.has("const")) {
                return "'" + s.get("const").asText() + "'";
            }
            if (s.has("enum")) {
                List<String> v = new ArrayList<>();
                for (JsonNode e : s.get("enum")) {
                    v.add(e.asText());
                }
                return "one of " + String.join("|", v);
            }
            String t = s.path("type").asText("");
            if (t.isEmpty()) {
                return s.has("properties") ? "object" : "value";
            }
            return t;
        }

        private void constant(YNode value, JsonNode c, String path) {
            if (!(value instanceof YScalar sc) || !sameScalar(sc, c)) {
                out.error(RuleId.CONFIG_VALUE, value.location(), path, "must be '" + c.asText() + "'",
                        "write '" + c.asText() + "'");
            }
        }

        private void enumeration(YNode value, JsonNode values, String path) {
            List<String> allowed = new ArrayList<>();
            for (JsonNode v : values) {
                allowed.add(v.asText());
            }
            if (value instanceof YScalar sc) {
                for (JsonNode v : values) {
                    if (sameScalar(sc, v)) {
                        return;
                    }
                }
                List<String> close = Similar.closest(sc.text(), allowed, 1);
                out.error(RuleId.CONFIG_VALUE, value.location(), path, "'" + sc.text() + "' is not one of "
                        + String.join(", ", allowed), close.isEmpty() ? "use one of " + String.join(", ", allowed)
                        : "did you mean '" + close.get(0) + "'?");
                return;
            }
            out.error(RuleId.CONFIG_TYPE, value.location(), path, "expected one of " + String.join(", ", allowed)
                    + ", found a " + value.kind(), "use one of " + String.join(", ", allowed));
        }

        private boolean sameScalar(YScalar sc, JsonNode v) {
            if (v.isTextual()) {
                return sc.text().equals(v.asText()) && (sc.isString() || mode == CheckMode.PYDANTIC);
            }
            if (v.isNull()) {
                return sc.isNull();
            }
            if (v.isBoolean()) {
                return sc.type() == YScalar.ScalarType.BOOL && sc.toPlain().equals(v.asBoolean());
            }
            if (v.isNumber()) {
                Object p = sc.toPlain();
                return p instanceof Number n && n.doubleValue() == v.asDouble();
            }
            return false;
        }

        private boolean matchesType(YNode value, String type) {
            switch (type) {
                case "object":
                    return value instanceof YMap;
                case "array":
                    return value instanceof YSeq;
                default:
                    break;
            }
            if (!(value instanceof YScalar sc)) {
                return false;
            }
            boolean lax = mode == CheckMode.PYDANTIC;
            String text = sc.text().strip();
            return switch (type) {
                case "null" -> sc.isNull();
                case "string" -> sc.isString();
                case "boolean" -> sc.type() == YScalar.ScalarType.BOOL && (lax || isPlainBool(text))
                        || lax && (sc.isString() && isLaxBool(text) || (sc.type() == YScalar.ScalarType.INT
                        || sc.type() == YScalar.ScalarType.FLOAT) && isZeroOrOne(sc));
                case "integer" -> sc.type() == YScalar.ScalarType.INT
                        || lax && sc.type() == YScalar.ScalarType.BOOL
                        || lax && sc.type() == YScalar.ScalarType.FLOAT && isIntegral(sc)
                        || lax && sc.isString() && text.matches("[-+]?[0-9]+(_[0-9]+)*(\\.0*)?");
                case "number" -> sc.type() == YScalar.ScalarType.INT || sc.type() == YScalar.ScalarType.FLOAT
                        || lax && sc.type() == YScalar.ScalarType.BOOL
                        || lax && sc.isString() && (text.matches("[-+]?([0-9]+(_[0-9]+)*\\.?[0-9]*|\\.[0-9]+)"
                        + "([eE][-+]?[0-9]+)?") || text.toLowerCase(Locale.ROOT).matches("[-+]?(inf|infinity|nan)"));
                default -> true;
            };
        }

        private boolean isPlainBool(String t) {
            String l = t.toLowerCase(Locale.ROOT);
            return l.equals("true") || l.equals("false");
        }

        private boolean isLaxBool(String t) {
            return Set.of("true", "false", "yes", "no", "on", "off", "1", "0", "t", "f", "y", "n")
                    .contains(t.toLowerCase(Locale.ROOT));
        }

        /** pydantic's lax bool takes the numbers 0 and 1 (int or float). */
        private boolean isZeroOrOne(YScalar sc) {
            Object p = sc.toPlain();
            return p instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1);
        }

        private boolean isIntegral(YScalar sc) {
            Object p = sc.toPlain();
            return p instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d);
        }

        private void typeError(YNode value, List<String> expected, String path) {
            String found = value instanceof YScalar sc ? sc.kind() + (sc.isNull() ? "" : " '" + sc.text() + "'")
                    : "a " + value.kind();
            String fix;
            if (expected.contains("boolean") && value instanceof YScalar sc && sc.type() == YScalar.ScalarType.BOOL) {
                out.error(RuleId.CONFIG_TYPE, value.location(), path,
                        "'" + sc.text() + "' is a boolean only in YAML 1.1"
                        + " (PyYAML); other readers take it as a string", "write " + sc.toPlain());
                return;
            }
            if (expected.contains("string") && value instanceof YScalar sc && !sc.isString() && !sc.isNull()) {
                fix = "quote it: '" + sc.text() + "'";
            } else {
                fix = "write a value of type " + String.join(" or ", expected);
            }
            out.error(RuleId.CONFIG_TYPE, value.location(), path, "expected " + String.join(" or ", expected)
                    + ", found " + found, fix);
        }

        private void stringBounds(YScalar sc, JsonNode s, String path) {
            if (s.has("pattern")) {
                String pattern = s.get("pattern").asText();
                try {
                    if (!java.util.regex.Pattern.compile(pattern).matcher(sc.text()).find()) {
                        out.error(RuleId.CONFIG_VALUE, sc.location(), path, "'" + sc.text() + "' does not match "
                                + pattern, "write a value of the form " + pattern);
                    }
                } catch (java.util.regex.PatternSyntaxException e) {
                    out.error(RuleId.CONFIG_SCHEMA_PATTERN, sc.location(), path,
                            "the provider's config schema gives the"
                            + " pattern '" + pattern + "', which is no regular expression (" + e.getDescription()
                            + " at index " + e.getIndex() + ")", "fix the pattern in the catalog's config_schema");
                }
            }
            int len = sc.text().codePointCount(0, sc.text().length());
            if (s.has("minLength") && len < s.get("minLength").asInt()) {
                out.error(RuleId.CONFIG_VALUE, sc.location(), path, "shorter than " + s.get("minLength").asInt()
                        + " characters", "write a longer value");
            }
            if (s.has("maxLength") && len > s.get("maxLength").asInt()) {
                out.error(RuleId.CONFIG_VALUE, sc.location(), path, "longer than " + s.get("maxLength").asInt()
                        + " characters", "shorten it");
            }
        }

        private void numberBounds(YScalar sc, JsonNode s, String path) {
            Object p = sc.toPlain();
            if (!(p instanceof Number n)) {
                return;
            }
            if (s.has("minimum") && n.doubleValue() < s.get("minimum").asDouble()) {
                out.error(RuleId.CONFIG_VALUE, sc.location(), path, "must be at least " + s.get("minimum").asText(),
                        "use a value ≥ " + s.get("minimum").asText());
            }
            if (s.has("maximum") && n.doubleValue() > s.get("maximum").asDouble()) {
                out.error(RuleId.CONFIG_VALUE, sc.location(), path, "must be at most " + s.get("maximum").asText(),
                        "use a value ≤ " + s.get("maximum").asText());
            }
        }
    }
}
