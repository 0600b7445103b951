package dev.lightspeed.stack.pyproject;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A short unified diff between the committed and the generated text of a file, for the message of a failing check:
 * hunks with two lines of context, at most a given number of lines, then a line saying how many were left out.
 * Line separators are not shown; a difference in them alone is reported as such. The diff itself is
 * java-diff-utils' (Myers' algorithm, unified format).
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
     * The message of a failed check: what is stale and the capped diff (ending with a line break, so the fix,
     * {@link #FIX_COMMAND}, follows on a line of its own); empty when the texts are equal.
     */
    public static String outOfDate(String fileName, String group, String committed, String generated) {
        String diff = diff(fileName, committed, generated);
        if (diff.isEmpty()) {
            return "";
        }
        return fileName + " is out of date: the " + group + " dependency group (or its [tool.uv] entries) differs"
                + " from what the declaration generates:\n" + diff;
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

    /** The hunks of java-diff-utils' unified diff (its two file header lines dropped: ours come first). */
    private static List<String> hunks(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a", "b", a, patch, CONTEXT);
        return unified.subList(2, unified.size());
    }
}
