package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyprojectEditorTest {

    private static final String CPU = "https://download.pytorch.org/whl/cpu";
    private static final String H = "    # " + GroupRenderer.HEADER + "\n";

    /** faiss-cpu for one provider, torch routed to the CPU index for another. */
    static final DependencyGroup GROUP = new DependencyGroupBuilder()
            .provider("API vector_io: inline::faiss", List.of("faiss-cpu"))
            .provider("API safety: inline::prompt-guard", List.of("torch --index-url " + CPU))
            .build(new Problems());

    /** No index, no source. */
    static final DependencyGroup PLAIN = new DependencyGroupBuilder()
            .provider("API vector_io: inline::faiss", List.of("faiss-cpu")).build(new Problems());

    private static final String ARRAY = "[\n" + H + "    # API vector_io: inline::faiss\n    \"faiss-cpu\",\n"
            + "    # API safety: inline::prompt-guard\n    \"torch\",\n]";

    private static final String UV = "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"" + CPU + "\"\n"
            + "explicit = true\n\n[tool.uv.sources]\ntorch = [\n    { index = \"pytorch-cpu\", group = \"llslibdev\" },\n]\n";

    static EditResult edit(String text, DependencyGroup group) {
        EditResult r = new PyprojectEditor("pyproject.toml").edit(text, group);
        if (!r.hasErrors()) {
            EditResult again = new PyprojectEditor("pyproject.toml").edit(r.text(), group);
            assertEquals(r.text(), again.text(), "a second run must change nothing");
            assertFalse(again.changed());
        }
        return r;
    }

    private static String ok(String text, DependencyGroup group) {
        EditResult r = edit(text, group);
        assertEquals(List.of(), r.problems());
        return r.text();
    }

    @Test
    void addsTablesToAFileWithout() {
        assertEquals("[project]\nname = \"x\"\n\n[dependency-groups]\nllslibdev = " + ARRAY + "\n\n" + UV,
                ok("[project]\nname = \"x\"\n", GROUP));
    }

    @Test
    void keepsAMissingFinalNewline() {
        assertEquals("[project]\nname = \"x\"\n\n[dependency-groups]\nllslibdev = " + ARRAY + "\n\n"
                + UV.substring(0, UV.length() - 1), ok("[project]\nname = \"x\"", GROUP));
        assertEquals("[dependency-groups]\ndev = [\"a\"]\nllslibdev = " + PLAIN_ARRAY,
                ok("[dependency-groups]\ndev = [\"a\"]", PLAIN));
    }

    private static final String PLAIN_ARRAY = "[\n" + H + "    # API vector_io: inline::faiss\n    \"faiss-cpu\",\n]";

    @Test
    void emptyFile() {
        assertEquals("[dependency-groups]\nllslibdev = " + PLAIN_ARRAY + "\n", ok("", PLAIN));
    }

    @Test
    void keepsCrlf() {
        String in = "[project]\r\nname = \"x\"\r\n\r\n[dependency-groups]\r\ndev = [\r\n\t\"a\",\r\n]\r\n";
        String out = ok(in, GROUP);
        assertEquals(in.replace("\r\n\r\n[dep", "\r\n\r\n[dep") + ("llslibdev = " + ARRAY.replace("    ", "\t")
                + "\n\n" + UV).replace("\n", "\r\n").replace("\r\n\t{", "\r\n    {"), out);
        assertFalse(out.replace("\r\n", "").contains("\n"));
    }

    @Test
    void replacesOnlyTheArrayValue() {
        String in = "[dependency-groups]\n# before\nllslibdev   =   [ \"old\" ,  # c\n  \"older\" ] # after\n"
                + "dev = [\"x\"]\n";
        assertEquals("[dependency-groups]\n# before\nllslibdev   =   " + PLAIN_ARRAY.replace("    ", "  ")
                + " # after\ndev = [\"x\"]\n", ok(in, PLAIN));
    }

    @Test
    void quotedKeyAndIndentOfTheOldArray() {
        String in = "[dependency-groups]\n\"llslibdev\" = [\n  \"old\",\n]\n";
        assertEquals("[dependency-groups]\n\"llslibdev\" = " + PLAIN_ARRAY.replace("    ", "  ") + "\n",
                ok(in, PLAIN));
    }

    @Test
    void byteOrderMarkStays() {
        String out = ok("\uFEFF[project]\nname = \"x\"\n", PLAIN);
        assertTrue(out.startsWith("\uFEFF[project]\n"));
    }

    @Test
    void existingSourcesAndIndexesAreReused() {
        String in = "[[tool.uv.index]]\nname = \"cpu\"\nurl = \"" + CPU + "/\"\nexplicit = true\n\n"
                + "[tool.uv.sources]\ntorch = [{ index = \"cpu\" }]\n\n[dependency-groups]\nllslibdev = []\n";
        assertEquals(in.replace("llslibdev = []", "llslibdev = " + ARRAY), ok(in, GROUP));
    }

    @Test
    void sourceElementsAreAddedToExistingValues() {
        String in = "[tool.uv.sources]\ntorch = { index = \"gpu\", group = \"dev\" } # keep\n";
        assertEquals("[tool.uv.sources]\ntorch = [{ index = \"gpu\", group = \"dev\" }, { index = \"pytorch-cpu\","
                + " group = \"llslibdev\" }] # keep\n", uvPart(ok(in, GROUP)));
        in = "[tool.uv.sources]\ntorch = [ { index = \"gpu\", group = \"dev\" } ]\n";
        assertEquals("[tool.uv.sources]\ntorch = [ { index = \"gpu\", group = \"dev\" }, { index = \"pytorch-cpu\","
                + " group = \"llslibdev\" } ]\n", uvPart(ok(in, GROUP)));
        in = "[tool.uv.sources]\ntorch = [\n  { index = \"gpu\", group = \"dev\" }  # gpu\n]\n";
        assertEquals("[tool.uv.sources]\ntorch = [\n  { index = \"gpu\", group = \"dev\" },\n  { index = \"pytorch-cpu\","
                + " group = \"llslibdev\" }  # gpu\n]\n", uvPart(ok(in, GROUP)));
        in = "[tool.uv.sources]\ntorch = []\nother = { path = \"x\" }\n";
        assertEquals("[tool.uv.sources]\ntorch = [{ index = \"pytorch-cpu\", group = \"llslibdev\" }]\n"
                + "other = { path = \"x\" }\n", uvPart(ok(in, GROUP)));
    }

    /** The text from [tool.uv.sources] to the index table the editor adds before it. */
    private static String uvPart(String text) {
        int s = text.indexOf("[tool.uv.sources]");
        int e = text.indexOf("\n\n", s);
        return text.substring(s, e < 0 ? text.length() : e + 1);
    }

    @Test
    void newIndexGoesBeforeSourcesAndANameClashGetsASuffix() {
        String in = "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"https://example.org/simple\"\n\n"
                + "[tool.uv.sources]\nfoo = { index = \"pytorch-cpu\" }\n";
        String out = ok(in, GROUP);
        assertEquals("[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"https://example.org/simple\"\n\n"
                + "[[tool.uv.index]]\nname = \"pytorch-cpu-2\"\nurl = \"" + CPU + "\"\nexplicit = true\n\n"
                + "[tool.uv.sources]\nfoo = { index = \"pytorch-cpu\" }\n"
                + "torch = [\n    { index = \"pytorch-cpu-2\", group = \"llslibdev\" },\n]\n"
                + "\n[dependency-groups]\nllslibdev = " + ARRAY + "\n", out);
        in = "[tool.uv.sources]\nfoo = { path = \"x\" }\n";
        assertEquals("[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"" + CPU + "\"\nexplicit = true\n\n"
                + "[tool.uv.sources]\nfoo = { path = \"x\" }\ntorch = [\n    { index = \"pytorch-cpu\", group ="
                + " \"llslibdev\" },\n]\n\n[dependency-groups]\nllslibdev = " + ARRAY + "\n", ok(in, GROUP));
    }

    @Test
    void routesThisGroupNoLongerNeedsAreRemoved() {
        String in = "[tool.uv.sources]\ntorchvision = [\n    { index = \"pytorch-cpu\", group = \"llslibdev\" },\n]\n"
                + "keep = [{ index = \"pytorch-cpu\", group = \"dev\" }]\n";
        assertEquals("[tool.uv.sources]\nkeep = [{ index = \"pytorch-cpu\", group = \"dev\" }]\n\n"
                + "[dependency-groups]\nllslibdev = " + PLAIN_ARRAY + "\n", ok(in, PLAIN));
    }

    @Test
    void nothingToDoIsNotAChange() {
        String text = ok("[project]\nname = \"x\"\n", GROUP);
        EditResult again = new PyprojectEditor("pyproject.toml").edit(text, GROUP);
        assertFalse(again.changed());
        assertSame(text, again.original());
        assertEquals(List.of(), again.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`[a]\\nx = 1\\n[a]\\ny = 2\\n`|`error pyproject.toml:3:1: pyproject-syntax: a previously defined at line 1,"
                + " column 1 (fix: fix the TOML syntax of pyproject.toml)`",
        "`x = [\\n`|`error pyproject.toml:2:1: pyproject-syntax: Unexpected end of input, expected ] or a value; the"
                + " array opened at line 1, column 5 is unclosed (fix: fix the TOML syntax of pyproject.toml)`",
        "`[dependency-groups]\\nllslibdev = \"x\"\\n`|`error pyproject.toml:2:1: pyproject-group-not-array:"
                + " dependency-groups.llslibdev: dependency-groups.llslibdev must be an array of requirement strings,"
                + " found a string (fix: make it an array: llslibdev = [ ... ])`",
        "`dependency-groups = 3\\n`|`error pyproject.toml:1:1: pyproject-group-not-array: dependency-groups:"
                + " dependency-groups must be a table, found a number (fix: make it a [dependency-groups] table)`",
        "`dependency-groups = { llslibdev = [] }\\n`|`error pyproject.toml:1:23: pyproject-layout-unsupported:"
                + " dependency-groups.llslibdev: dependency-groups.llslibdev is written inline or with dotted keys,"
                + " which cannot be edited in place (fix: write it as a [dependency-groups] table with one key per"
                + " group)`",
        "`dependency-groups.dev = []\\n`|`error pyproject.toml:1:1: pyproject-layout-unsupported: dependency-groups:"
                + " dependency-groups is written inline or with dotted keys, which cannot be edited in place (fix:"
                + " write it as a [dependency-groups] table with one key per group)`",
        "`[tool.uv]\\nsources = { a = { path = \"x\" } }\\n`|`error pyproject.toml:2:1: pyproject-layout-unsupported:"
                + " tool.uv.sources: tool.uv.sources is written inline or with dotted keys, which cannot be edited in"
                + " place (fix: write the sources as a [tool.uv.sources] table with one key per package)`",
        "`[tool.uv]\\nindex = 1\\n`|`error pyproject.toml:2:1: pyproject-group-not-array: tool.uv.index:"
                + " tool.uv.index must be an array of tables, found a number (fix: declare each index as a"
                + " [[tool.uv.index]] table)`",
        "`[tool.uv]\\nsources = 1\\n`|`error pyproject.toml:2:1: pyproject-group-not-array: tool.uv.sources:"
                + " tool.uv.sources must be a table, found a number (fix: make it a [tool.uv.sources] table)`",
        "`[tool.uv.sources]\ntorch = \"cpu\"\n`|`error pyproject.toml:2:1: pyproject-group-not-array:"
                + " tool.uv.sources.torch: a source must be a table or an array of tables, found a string (fix: write"
                + " it as torch = { index = \"<index name>\" } or an array of such tables)`",
        "`[tool.uv.sources]\ntorch = 2\n`|`error pyproject.toml:2:1: pyproject-group-not-array:"
                + " tool.uv.sources.torch: a source must be a table or an array of tables, found a number (fix: write"
                + " it as torch = { index = \"<index name>\" } or an array of such tables)`",
        "`[tool.uv.sources]\ntorch = [true]\n`|`error pyproject.toml:2:1: pyproject-group-not-array:"
                + " tool.uv.sources.torch: a source must be a table or an array of tables, found an array (fix: write"
                + " it as torch = { index = \"<index name>\" } or an array of such tables)`",
        "`[tool.uv]\nindex = [{ name = \"x\", url = \"https://x.org\" }]\n`|`error pyproject.toml:2:1:"
                + " pyproject-layout-unsupported: tool.uv.index: tool.uv.index is written as an inline array, which"
                + " cannot be extended in place (fix: write each index as a [[tool.uv.index]] table)`",
    })
    void badInputLeavesTheTextUntouched(String escaped, String expected) {
        String text = escaped.replace("\\n", "\n");
        EditResult r = edit(text, GROUP);
        assertEquals(List.of(expected), r.problems().stream().map(Problem::toString).toList());
        assertSame(text, r.text());
        assertFalse(r.changed());
    }

    @Test
    void notUtf8() {
        byte[] bytes = {'a', ' ', '=', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '\n'};
        EditResult r = new PyprojectEditor("pyproject.toml").edit(bytes, GROUP);
        assertEquals(List.of("error pyproject.toml: pyproject-encoding: the file is not UTF-8 text (fix: save"
                + " pyproject.toml as UTF-8)"), r.problems().stream().map(Problem::toString).toList());
        assertFalse(r.changed());
    }

    @Test
    void bytesInBytesOut() {
        byte[] in = "[project]\nname = \"Tišnovský\"\n".getBytes(StandardCharsets.UTF_8);
        EditResult r = new PyprojectEditor("pyproject.toml").edit(in, PLAIN);
        assertTrue(new String(r.bytes(), StandardCharsets.UTF_8).startsWith("[project]\nname = \"Tišnovský\"\n\n"));
        assertEquals(List.of(), r.notes());
    }
}
