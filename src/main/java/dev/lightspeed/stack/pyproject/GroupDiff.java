package dev.lightspeed.stack.pyproject;

import java.util.ArrayList;
import java.util.List;

/**
 * A short unified diff between the committed and the generated text of a file, for the message of a failing check:
 * hunks with two lines of context, at most a given number of lines, then a line saying how many were left out.
 * Line separators are not shown; a difference in them alone is reported as such.
 */
public final class GroupDiff {

    /** The default cap, as spotless uses. */
    public static final int MAX_LINES = 50;

    private static final int CONTEXT = 2;

    private GroupDiff() {
    }

    /** The command that brings a stale pyproject.toml up to date, for check-mode messages. */
    public static final String FIX_COMMAND = "mvn generate-resources -Dlightspeed.pyprojectMode=write";

    /**
     * The message of a failed check: what is stale, the capped diff, and the command that fixes it; empty when the
     * texts are equal.
     */
    public static String outOfDate(String fileName, String group, String committed, String generated) {
        String diff = diff(fileName, committed, generated);
        if (diff.isEmpty()) {
            return "";
        }
        return fileName + " is out of date: the " + group + " dependency group (or its [tool.uv] entries) differs"
                + " from what the declaration generates:\n" + diff + "Run '" + FIX_COMMAND + "' to update it.";
    }

    /** The diff capped at {@value #MAX_LINES} lines; empty when the texts are equal. */
    public static String diff(String fileName, String committed, String generated) {
        return diff(fileName, committed, generated, MAX_LINES);
    }

    public static String diff(String fileName, String committed, String generated, int maxLines) {
        if (committed.equals(generated)) {
            return "";
        }
        List<String> a = lines(committed);
        List<String> b = lines(generated);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(fileName).append(" (committed)\n");
        sb.append("+++ ").append(fileName).append(" (generated)\n");
        if (a.equals(b)) {
            return sb.append("(only line separators or the final newline differ)\n").toString();
        }
        List<String> body = hunks(a, b);
        for (int i = 0; i < Math.min(maxLines, body.size()); i++) {
            sb.append(body.get(i)).append('\n');
        }
        if (body.size() > maxLines) {
            sb.append("... ").append(body.size() - maxLines).append(" more lines\n");
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String l : text.split("\n", -1)) {
            out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Operations: ' ' same, '-' only in a, '+' only in b; found by LCS on the part between equal head and tail. */
    private static List<String> hunks(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            ops.add(new Op(' ', a.get(i), i, i));
        }
        ops.addAll(lcs(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head));
        for (int i = tail; i > 0; i--) {
            ops.add(new Op(' ', a.get(a.size() - i), a.size() - i, b.size() - i));
        }
        return render(ops);
    }

    private record Op(char kind, String line, int ai, int bi) {
    }

    private static List<Op> lcs(List<String> a, List<String> b, int offset) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i), offset + i++, offset + j++));
            } else if (i < a.size() && (j == b.size() || len[i + 1][j] >= len[i][j + 1])) {
                ops.add(new Op('-', a.get(i), offset + i++, offset + j));
            } else {
                ops.add(new Op('+', b.get(j), offset + i, offset + j++));
            }
        }
        return ops;
    }

    private static List<String> render(List<Op> ops) {
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k).kind() != ' ') {
                changes.add(k);
            }
        }
        List<String> out = new ArrayList<>();
        int c = 0;
        while (c < changes.size()) {
            int first = changes.get(c);
            int last = first;
            while (c + 1 < changes.size() && changes.get(c + 1) - last <= 2 * CONTEXT + 1) {
                last = changes.get(++c);
            }
            c++;
            int start = Math.max(0, first - CONTEXT);
            int end = Math.min(ops.size(), last + 1 + CONTEXT);
            int aCount = 0;
            int bCount = 0;
            for (int k = start; k < end; k++) {
                aCount += ops.get(k).kind() != '+' ? 1 : 0;
                bCount += ops.get(k).kind() != '-' ? 1 : 0;
            }
            Op head = ops.get(start);
            out.add("@@ -" + (head.ai() + (aCount == 0 ? 0 : 1)) + "," + aCount
                    + " +" + (head.bi() + (bCount == 0 ? 0 : 1)) + "," + bCount + " @@");
            for (int k = start; k < end; k++) {
                out.add(ops.get(k).kind() + ops.get(k).line());
            }
        }
        return out;
    }
}
