package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.pip.Requirement;
import dev.lightspeed.stack.problem.RuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code [tool.uv]} part of an edit.
 *
 * <ul>
 *   <li>Indexes: an index whose URL the file already declares (any name) is reused under the file's name; a new
 *       one is added as a {@code [[tool.uv.index]]} table after the last existing one (else before
 *       {@code [tool.uv.sources]}, else at the end of the file). Indexes are never removed.</li>
 *   <li>Sources: a package whose sources already route it to the index, for this group or for every group, is left
 *       alone. Otherwise an element {@code { index = "…", group = "…" }} is added to its array (an inline table
 *       becomes an array), or a new key {@code pkg = [ … ]} is added as the last pair of {@code [tool.uv.sources]}
 *       (created when absent, after the indexes). A key all of whose elements route to this group but that the
 *       group no longer needs is removed, so the file does not keep routes for packages it dropped.</li>
 * </ul>
 */
final class UvEntriesEditor {

    private static final List<String> INDEX = List.of("tool", "uv", "index");
    private static final List<String> SOURCES = List.of("tool", "uv", "sources");

    private final EditContext ctx;

    UvEntriesEditor(EditContext ctx) {
        this.ctx = ctx;
    }

    /** Queues the edits; returns the group with index names as the file knows them. */
    DependencyGroup apply(DependencyGroup group) {
        Map<String, String> existing = existingIndexes();
        if (existing == null) {
            return group;
        }
        Map<String, String> renames = new HashMap<>();
        List<UvIndex> added = new ArrayList<>();
        for (UvIndex index : group.indexes()) {
            String known = existing.get(index.normalizedUrl());
            if (known != null) {
                renames.put(index.name(), known);
                continue;
            }
            String name = index.name();
            for (int n = 2; existing.containsValue(name); n++) {
                name = index.name() + "-" + n;
            }
            renames.put(index.name(), name);
            existing.put(index.normalizedUrl(), name);
            added.add(index.withName(name));
        }
        DependencyGroup named = group.withIndexNames(renames);
        Object sources = ctx.get(SOURCES);
        if (sources != null && !(sources instanceof Map)) {
            ctx.problems.error(RuleId.PYPROJECT_GROUP_NOT_ARRAY, ctx.at(SOURCES), "tool.uv.sources",
                    "tool.uv.sources must be a table, found " + PyprojectEditor.typeName(sources),
                    "make it a [tool.uv.sources] table");
            return named;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<?, ?> sourceTable = sources == null ? Map.of() : (Map<?, ?>) sources;
        for (Object k : sourceTable.keySet()) {
            keys.put(Requirement.normalize((String) k), (String) k);
        }
        List<UvSource> missing = new ArrayList<>();
        for (UvSource s : named.sources()) {
            String key = keys.get(s.packageName());
            if (key == null) {
                missing.add(s);
            } else if (isSource(key, sourceTable.get(key)) && !satisfied(sourceTable.get(key), s)) {
                addElement(key, s);
            }
        }
        if (sources != null) {
            removeStale(sourceTable, keys, named);
        }
        write(added, missing, sources != null);
        return named;
    }

    /**
     * Whether a {@code [tool.uv.sources]} value is what uv reads there: a table, or an array of tables. A string, a
     * number or a boolean is an error (uv refuses the file too), reported where the value is.
     */
    private boolean isSource(String key, Object value) {
        boolean ok = value instanceof Map || value instanceof List<?> a && allTables(a);
        if (!ok) {
            List<String> path = List.of("tool", "uv", "sources", key);
            ctx.problems.error(RuleId.PYPROJECT_GROUP_NOT_ARRAY, ctx.at(path), "tool.uv.sources." + key,
                    "a source must be a table or an array of tables, found " + PyprojectEditor.typeName(value),
                    "write it as " + key + " = { index = \"<index name>\" } or an array of such tables");
        }
        return ok;
    }

    /** Normalised URL → name of the indexes the file declares; null (with an error) when unreadable. */
    private Map<String, String> existingIndexes() {
        Map<String, String> byUrl = new LinkedHashMap<>();
        Object value = ctx.get(INDEX);
        if (value == null) {
            return byUrl;
        }
        if (!(value instanceof List<?> array) || !allTables(array)) {
            ctx.problems.error(RuleId.PYPROJECT_GROUP_NOT_ARRAY, ctx.at(INDEX), "tool.uv.index",
                    "tool.uv.index must be an array of tables, found " + PyprojectEditor.typeName(value),
                    "declare each index as a [[tool.uv.index]] table");
            return null;
        }
        for (Object element : array) {
            Map<?, ?> t = (Map<?, ?>) element;
            Object url = t.get("url");
            Object name = t.get("name");
            if (url instanceof String u && name instanceof String n) {
                byUrl.putIfAbsent(UvIndex.normalizeUrl(u), n);
            }
        }
        return byUrl;
    }

    private static boolean allTables(List<?> values) {
        for (Object v : values) {
            if (!(v instanceof Map)) {
                return false;
            }
        }
        return true;
    }

    private static boolean satisfied(Object value, UvSource s) {
        for (Map<?, ?> t : elements(value)) {
            boolean everyGroup = !t.containsKey("group") && !t.containsKey("extra") && !t.containsKey("marker");
            if (s.index().equals(t.get("index")) && (everyGroup || s.group().equals(t.get("group")))) {
                return true;
            }
        }
        return false;
    }

    private static List<Map<?, ?>> elements(Object value) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (value instanceof Map<?, ?> t) {
            out.add(t);
        } else if (value instanceof List<?> a) {
            for (Object e : a) {
                if (e instanceof Map<?, ?> t) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private void addElement(String key, UvSource s) {
        List<String> path = List.of("tool", "uv", "sources", key);
        TomlLayout.KeyValue kv = ctx.layout.pair(path);
        if (kv == null) {
            layoutError(path, "tool.uv.sources." + key);
            return;
        }
        String element = GroupRenderer.sourceElement(s);
        String value = ctx.text.substring(kv.valueStart(), kv.valueEnd());
        if (value.startsWith("{")) {
            ctx.edits.replace(kv.valueStart(), kv.valueEnd(), "[" + value + ", " + element + "]");
            return;
        }
        PlainToml.Array array = (PlainToml.Array) ctx.get(path);
        if (array.isEmpty()) {
            ctx.edits.replace(kv.valueStart(), kv.valueEnd(), "[" + element + "]");
            return;
        }
        int lastStart = array.offset(array.size() - 1);
        int lastEnd = TomlLayout.valueEnd(ctx.text, lastStart);
        if (value.indexOf('\n') >= 0) {
            String indent = ctx.text.substring(TomlLayout.lineStart(ctx.text, lastStart), lastStart);
            ctx.edits.insert(lastEnd, "," + ctx.eol + (indent.isBlank() ? indent : GroupRenderer.INDENT) + element);
        } else {
            ctx.edits.insert(lastEnd, ", " + element);
        }
    }

    private void removeStale(Map<?, ?> sources, Map<String, String> keys, DependencyGroup group) {
        List<String> needed = new ArrayList<>();
        for (UvSource s : group.sources()) {
            needed.add(s.packageName());
        }
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (needed.contains(e.getKey())) {
                continue;
            }
            List<Map<?, ?>> elements = elements(sources.get(e.getValue()));
            boolean ours = !elements.isEmpty();
            for (Map<?, ?> t : elements) {
                ours &= group.name().equals(t.get("group")) && t.get("index") instanceof String
                        && t.keySet().size() == 2;
            }
            TomlLayout.KeyValue kv = ctx.layout.pair(List.of("tool", "uv", "sources", e.getValue()));
            if (ours && kv != null && kv.table() != null) {
                ctx.edits.delete(TomlLayout.lineStart(ctx.text, kv.start()), TomlLayout.lineEnd(ctx.text, kv.valueEnd()));
            }
        }
    }

    private void write(List<UvIndex> added, List<UvSource> missing, boolean sourcesExist) {
        String eol = ctx.eol;
        StringBuilder tables = new StringBuilder();
        for (UvIndex index : added) {
            tables.append(GroupRenderer.indexTable(index, eol));
        }
        StringBuilder entries = new StringBuilder();
        for (UvSource s : missing) {
            entries.append(GroupRenderer.sourceEntry(s, GroupRenderer.INDENT, eol)).append(eol);
        }
        List<TomlLayout.Section> indexSections = ctx.layout.sections(INDEX);
        List<TomlLayout.Section> sourceSections = ctx.layout.sections(SOURCES);
        if (!added.isEmpty() && indexSections.isEmpty() && ctx.get(INDEX) != null) {
            ctx.problems.error(RuleId.PYPROJECT_LAYOUT_UNSUPPORTED, ctx.at(INDEX), "tool.uv.index", "tool.uv.index is"
                    + " written as an inline array, which cannot be extended in place",
                    "write each index as a [[tool.uv.index]] table");
            return;
        }
        if (!missing.isEmpty() && sourcesExist && sourceSections.isEmpty()) {
            layoutError(SOURCES, "tool.uv.sources");
            return;
        }
        String newSources = missing.isEmpty() || sourcesExist ? "" : "[tool.uv.sources]" + eol + entries;
        if (!indexSections.isEmpty()) {
            int at = indexSections.get(indexSections.size() - 1).contentEnd(ctx.text);
            for (String block : blocks(tables, newSources)) {
                ctx.edits.insertLines(at, eol + block);
            }
        } else if (!added.isEmpty() && !sourceSections.isEmpty()) {
            int at = TomlLayout.lineStart(ctx.text, sourceSections.get(0).header().start());
            ctx.edits.insert(at, String.join(eol, blocks(tables, "")) + eol);
        } else {
            ctx.appendix.addAll(blocks(tables, newSources));
        }
        if (!missing.isEmpty() && sourcesExist) {
            ctx.edits.insertLines(sourceSections.get(0).contentEnd(ctx.text), entries.toString());
        }
    }

    /** The index tables (each its own block, for blank lines between them) and the new sources section. */
    private List<String> blocks(StringBuilder tables, String newSources) {
        List<String> out = new ArrayList<>();
        String marker = "[[tool.uv.index]]";
        String all = tables.toString();
        int from = 0;
        while (from < all.length()) {
            int next = all.indexOf(marker, from + marker.length());
            int end = next < 0 ? all.length() : next;
            out.add(all.substring(from, end));
            from = end;
        }
        if (!newSources.isEmpty()) {
            out.add(newSources);
        }
        return out;
    }

    private void layoutError(List<String> path, String dotted) {
        ctx.problems.error(RuleId.PYPROJECT_LAYOUT_UNSUPPORTED, ctx.at(path), dotted, dotted
                + " is written inline or with dotted keys, which cannot be edited in place",
                "write the sources as a [tool.uv.sources] table with one key per package");
    }
}
