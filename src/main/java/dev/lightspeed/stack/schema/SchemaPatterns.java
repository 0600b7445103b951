package dev.lightspeed.stack.schema;

import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks, where a user catalog writes a config schema, that every {@code pattern} is a regular expression, so the
 * mistake is reported at its line and column in the catalog ({@code config-schema-pattern})
 * rather than when a config is checked against it. Stateless.
 */
public final class SchemaPatterns {

    private SchemaPatterns() {
    }

    /** Reports every {@code pattern: <text>} under {@code schema} (whose path is {@code path}) that does not compile. */
    public static void check(YNode schema, String path, Problems out) {
        if (schema instanceof YMap m) {
            for (YMap.Entry e : m.entries().values()) {
                String child = ConfigSchemaChecker.join(path, e.key());
                if (e.key().equals("pattern") && e.value() instanceof YScalar sc) {
                    compile(sc, child, out);
                } else {
                    check(e.value(), child, out);
                }
            }
        } else if (schema instanceof YSeq s) {
            List<YNode> items = s.items();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void compile(YScalar sc, String path, Problems out) {
        try {
            Pattern.compile(sc.text());
        } catch (PatternSyntaxException e) {
            out.error(RuleId.CONFIG_SCHEMA_PATTERN, sc.location().shifted(sc.quoted() ? 1 : 0), path,
                    "'" + sc.text() + "' is not a regular expression: " + e.getDescription() + " at index "
                            + e.getIndex(), "fix the pattern (a regular expression such as '^[a-z]+$')");
        }
    }
}
