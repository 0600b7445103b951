package dev.lightspeed.stack.pyproject;

import java.util.List;

/**
 * Test helper: a pyproject text with the parts the editor may change cut out (the group's pair, whole lines, and the
 * {@code [[tool.uv.index]]} / {@code [tool.uv.sources]} sections), so that two texts can be compared on every other
 * character.
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
                mark(cut, s.header().start(), s.contentEnd(text));
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

    private static void mark(boolean[] cut, int from, int to) {
        for (int i = from; i < to; i++) {
            cut[i] = true;
        }
    }
}
