package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupDiffTest {

    @Test
    void equalTextsGiveNothing() {
        assertEquals("", GroupDiff.diff("pyproject.toml", "a\n", "a\n"));
    }

    @Test
    void hunksWithContext() {
        String old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String neu = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n";
        assertEquals("""
                --- pyproject.toml (committed)
                +++ pyproject.toml (generated)
                @@ -2,5 +2,5 @@
                 b
                 c
                -d
                +D
                 e
                 f
                @@ -9,2 +9,3 @@
                 i
                 j
                +k
                """, GroupDiff.diff("pyproject.toml", old, neu));
    }

    @Test
    void closeChangesShareAHunk() {
        assertEquals("""
                --- f (committed)
                +++ f (generated)
                @@ -1,4 +1,4 @@
                -a
                +A
                 b
                 c
                -d
                +D
                """, GroupDiff.diff("f", "a\nb\nc\nd\n", "A\nb\nc\nD\n"));
    }

    @Test
    void lineSeparatorsOnly() {
        assertEquals("--- f (committed)\n+++ f (generated)\n(only line separators or the final newline differ)\n",
                GroupDiff.diff("f", "a\r\nb\r\n", "a\nb\n"));
    }

    @Test
    void cappedAtFiftyLines() {
        String neu = IntStream.range(0, 80).mapToObj(i -> "line" + i + "\n").collect(Collectors.joining());
        String diff = GroupDiff.diff("f", "", neu);
        String[] lines = diff.split("\n");
        assertEquals(2 + GroupDiff.MAX_LINES + 1, lines.length);
        // java-diff-utils numbers an empty range from 1 (GNU diff writes -0,0)
        assertEquals("@@ -1,0 +1,80 @@", lines[2]);
        assertEquals("... 31 more lines", lines[lines.length - 1]);
    }

    @Test
    void outOfDateMessage() {
        assertEquals("", GroupDiff.outOfDate("pyproject.toml", "llslibdev", "a\n", "a\n"));
        assertEquals("""
                pyproject.toml is out of date: the llslibdev dependency group (or its [tool.uv] entries) differs from\
                 what the declaration generates:
                --- pyproject.toml (committed)
                +++ pyproject.toml (generated)
                @@ -1,2 +1,2 @@
                 llslibdev = [
                -    "faiss-cpu",
                +    "faiss-cpu>=1.11.0",
                """,
                GroupDiff.outOfDate("pyproject.toml", "llslibdev", "llslibdev = [\n    \"faiss-cpu\",\n",
                        "llslibdev = [\n    \"faiss-cpu>=1.11.0\",\n"));
    }
}
