package dev.lightspeed.stack.pyproject;

import java.util.List;

/**
 * Test helper: a pyproject text with the parts the editor may change cut out (the group's pair, whole lines, and the
 * {@code [[tool.uv.index]]} / {@code [tool.uv.sources]} sections with the blank lines just above them), so that two texts
 * can be compared on every other character.
 */
final class Outside {

    private Outside() {
    }

    static String of(String text, String group) {
        TomlLayout layout = TomlLayout.of(text);
        boolean[] cut = new boolean[text.length()];
        TomlLayout.KeyValue kv = layout.pair(List.of("dependency-groups", group));
        if (kv != null) {
            mark(cut, TomlLayout.lineStart(text, kv.start()), TomlLayout.lineEnd(text, kv.valueEnd()));
        }
        for (List<String> key : List.of(List.of("tool", "uv", "index"), List.of("tool", "uv", "sources"))) {
            for (TomlLayout.Section s : layout.sections(key)) {
                mark(cut, blankLinesBefore(text, s.header().start()), s.contentEnd(text));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!cut[i]) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The start of the run of blank lines just above the line at {@code offset} (the separator of a new table). */
    private static int blankLinesBefore(String text, int offset) {
        int start = TomlLayout.lineStart(text, offset);
        while (start > 0) {
            int prev = TomlLayout.lineStart(text, start - 1);
            if (!text.substring(prev, start).isBlank()) {
                break;
            }
            start = prev;
        }
        return start;
    }

    private static void mark(boolean[] cut, int from, int to) {
        for (int i = from; i < to; i++) {
            cut[i] = true;
        }
    }
}
