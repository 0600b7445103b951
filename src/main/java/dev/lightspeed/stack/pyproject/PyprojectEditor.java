package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * Writes a {@link DependencyGroup} into the text of an existing {@code pyproject.toml}. Only the group's array under
 * {@code [dependency-groups]} and the {@code [tool.uv]} index and source entries the group needs change; every other
 * character stays as it was (comments, blank lines, key order, quoting, other groups, the line separator, a missing
 * final newline, a byte order mark). The document is read by {@link SimpleToml} when it has the usual simple shape and
 * by tomlj otherwise, the spans to change are located in the text and edited there; it is never re-serialised. Running the editor on its own output changes nothing.
 *
 * <ul>
 *   <li>The group's array is replaced as a whole; its indentation follows the old array (or another array of
 *       {@code [dependency-groups]}, or four spaces). A missing group is added as the last pair of
 *       {@code [dependency-groups]}; a missing {@code [dependency-groups]} table is added at the end of the file.</li>
 *   <li>uv entries: see {@link UvEntriesEditor}.</li>
 *   <li>Malformed TOML (including duplicate tables and keys), a group that is not an array, or a layout that cannot be
 *       edited in place (the table written inline) give an error with file:line:column, and the text untouched.</li>
 * </ul>
 */
public final class PyprojectEditor {

    private static final List<String> DEPENDENCY_GROUPS = List.of("dependency-groups");

    private final String fileName;

    /** @param fileName the file as the user names it, used in problem locations */
    public PyprojectEditor(String fileName) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    /** Edits UTF-8 bytes; bytes that are not UTF-8 give a {@code pyproject-encoding} error. */
    public EditResult edit(byte[] bytes, DependencyGroup group) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String lossy = new String(bytes, StandardCharsets.UTF_8);
            return new EditResult(lossy, lossy, List.of(Problem.error(RuleId.PYPROJECT_ENCODING, Location.of(fileName),
                    "", "the file is not UTF-8 text", "save pyproject.toml as UTF-8")), List.of());
        }
        return edit(text, group);
    }

    /**
     * Returns the text with the group (and its uv entries) written in, or the same text with errors. A text in the
     * simple shape ({@link SimpleToml}) is edited and checked without tomlj; anything else, and any edit that finds a
     * problem, is done again on tomlj's parse, which then judges and places the problems.
     */
    public EditResult edit(String original, DependencyGroup group) {
        String bom = original.startsWith("\uFEFF") ? "\uFEFF" : "";
        String text = original.substring(bom.length());
        Map<String, Object> simple = SimpleToml.parse(text);
        if (simple != null) {
            try {
                EditResult fast = edit(original, bom, new EditContext(fileName, text, simple, null), group);
                if (fast.problems().isEmpty()) {
                    return fast;
                }
            } catch (RuntimeException e) {
                // tomlj's parse below judges the text and locates the failure
            }
        }
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            List<Problem> problems = new ArrayList<>();
            for (TomlParseError e : toml.errors()) {
                Location where = e.position() == null ? Location.of(fileName)
                        : new Location(fileName, e.position().line(), e.position().column());
                problems.add(Problem.error(RuleId.PYPROJECT_SYNTAX, where, "", e.getMessage(),
                        "fix the TOML syntax of " + fileName));
            }
            return unchanged(original, problems);
        }
        EditContext ctx;
        try {
            ctx = new EditContext(fileName, text, PlainToml.of(toml, text), toml::inputPositionOf);
        } catch (RuntimeException e) {
            return locateFailed(original, e);
        }
        return edit(original, bom, ctx, group);
    }

    private EditResult edit(String original, String bom, EditContext ctx, DependencyGroup group) {
        writeGroup(ctx, group);
        DependencyGroup named = new UvEntriesEditor(ctx).apply(group);
        if (ctx.problems.hasErrors()) {
            return unchanged(original, ctx.problems.sorted());
        }
        ctx.flushAppendix();
        String result = bom + ctx.edits.apply();
        List<Problem> check = EditVerifier.verify(fileName, result.substring(bom.length()), named);
        if (!check.isEmpty()) {
            return unchanged(original, check);
        }
        return new EditResult(original, result, ctx.problems.sorted(), group.notes());
    }

    private EditResult locateFailed(String original, RuntimeException e) {
        return unchanged(original, List.of(Problem.error(RuleId.PYPROJECT_EDIT_FAILED, Location.of(fileName), "",
                "cannot locate the entries to edit: " + e.getMessage(), "please report this with the file")));
    }

    private EditResult unchanged(String original, List<Problem> problems) {
        return new EditResult(original, original, problems, List.of());
    }

    private static void writeGroup(EditContext ctx, DependencyGroup group) {
        List<String> path = List.of("dependency-groups", group.name());
        Object groups = ctx.get(DEPENDENCY_GROUPS);
        if (groups != null && !(groups instanceof Map)) {
            ctx.problems.error(RuleId.PYPROJECT_GROUP_NOT_ARRAY, ctx.at(DEPENDENCY_GROUPS), "dependency-groups",
                    "dependency-groups must be a table, found " + typeName(groups),
                    "make it a [dependency-groups] table");
            return;
        }
        Object value = groups == null ? null : ((Map<?, ?>) groups).get(group.name());
        if (value != null) {
            replaceArray(ctx, group, path, value);
            return;
        }
        List<TomlLayout.Section> sections = ctx.layout.sections(DEPENDENCY_GROUPS);
        if (!sections.isEmpty()) {
            TomlLayout.Section section = sections.get(0);
            String indent = indentOf(ctx, section, null);
            ctx.edits.insertLines(section.contentEnd(ctx.text),
                    GroupRenderer.key(group.name()) + " = " + GroupRenderer.array(group, indent, ctx.eol) + ctx.eol);
        } else if (groups != null) {
            unsupported(ctx, DEPENDENCY_GROUPS, "dependency-groups");
        } else {
            ctx.appendix.add("[dependency-groups]" + ctx.eol + GroupRenderer.key(group.name()) + " = "
                    + GroupRenderer.array(group, GroupRenderer.INDENT, ctx.eol) + ctx.eol);
        }
    }

    private static void replaceArray(EditContext ctx, DependencyGroup group, List<String> path, Object value) {
        String dotted = "dependency-groups." + group.name();
        if (!(value instanceof List)) {
            ctx.problems.error(RuleId.PYPROJECT_GROUP_NOT_ARRAY, ctx.at(path), dotted,
                    dotted + " must be an array of requirement"
                    + " strings, found " + typeName(value), "make it an array: " + group.name() + " = [ ... ]");
            return;
        }
        TomlLayout.KeyValue kv = ctx.layout.pair(path);
        if (kv == null) {
            unsupported(ctx, path, dotted);
            return;
        }
        List<TomlLayout.Section> sections = ctx.layout.sections(DEPENDENCY_GROUPS);
        String indent = indentOf(ctx, sections.isEmpty() ? null : sections.get(0), kv);
        ctx.edits.replace(kv.valueStart(), kv.valueEnd(), GroupRenderer.array(group, indent, ctx.eol));
    }

    private static void unsupported(EditContext ctx, List<String> path, String dotted) {
        ctx.problems.error(RuleId.PYPROJECT_LAYOUT_UNSUPPORTED, ctx.at(path), dotted,
                dotted + " is written inline or with dotted keys,"
                + " which cannot be edited in place", "write it as a [dependency-groups] table with one key per group");
    }

    /** The indentation of the first inner line of the group's array, else of another multi-line array, else 4. */
    private static String indentOf(EditContext ctx, TomlLayout.Section section, TomlLayout.KeyValue own) {
        List<TomlLayout.KeyValue> candidates = new ArrayList<>();
        if (own != null) {
            candidates.add(own);
        }
        if (section != null) {
            candidates.addAll(section.pairs());
        }
        for (TomlLayout.KeyValue kv : candidates) {
            String value = ctx.text.substring(kv.valueStart(), kv.valueEnd());
            int nl = value.indexOf('\n');
            if (!value.startsWith("[") || nl < 0) {
                continue;
            }
            int i = nl + 1;
            while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i < value.length() && value.charAt(i) != ']' && value.charAt(i) != '\r' && value.charAt(i) != '\n'
                    && i > nl + 1) {
                return value.substring(nl + 1, i);
            }
        }
        return GroupRenderer.INDENT;
    }

    static String typeName(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Map) {
            return "a table";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Long || value instanceof Double) {
            return "a number";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
