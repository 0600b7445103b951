package dev.lightspeed.stack.pip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipLineTest {

    private static final String CPU = "https://download.pytorch.org/whl/cpu";

    private static List<String> texts(PipLine line) {
        return line.requirements().stream().map(Requirement::toPep508).toList();
    }

    @Test
    void threeRequirementsAndAnExtraIndex() {
        PipLine line = PipLine.parse("torch torchvision torchao>=0.12.0 --extra-index-url " + CPU);
        assertEquals(List.of("torch", "torchvision", "torchao>=0.12.0"), texts(line));
        assertEquals(List.of(new IndexOption(IndexOptionKind.EXTRA_INDEX_URL, CPU)), line.options());
        assertEquals(line.options(), line.indexes());
        assertFalse(line.noDeps());
    }

    @Test
    void noDeps() {
        PipLine line = PipLine.parse("sentence-transformers --no-deps");
        assertEquals(List.of("sentence-transformers"), texts(line));
        assertEquals(List.of(new IndexOption(IndexOptionKind.NO_DEPS, null)), line.options());
        assertTrue(line.noDeps());
        assertEquals(List.of(), line.indexes());
    }

    @Test
    void indexUrlForms() {
        IndexOption expected = new IndexOption(IndexOptionKind.INDEX_URL, CPU);
        assertEquals(List.of(expected), PipLine.parse("torch --index-url " + CPU).options());
        assertEquals(List.of(expected), PipLine.parse("torch --index-url=" + CPU).options());
        assertEquals(List.of(expected), PipLine.parse("torch -i " + CPU).options());
        assertEquals(List.of(new IndexOption(IndexOptionKind.EXTRA_INDEX_URL, CPU)),
                PipLine.parse("--extra-index-url=" + CPU + " torch").options());
        assertEquals(List.of("torch"), texts(PipLine.parse("--extra-index-url=" + CPU + " torch")));
    }

    @Test
    void wordsThatContinueARequirement() {
        assertEquals(List.of("foo>=1.0,<2", "bar[x]"), texts(PipLine.parse("foo >= 1.0 , <2 bar [x]")));
        assertEquals(List.of("foo; python_version >= \"3.10\" and os_name == \"posix\""),
                texts(PipLine.parse("foo ; python_version >= '3.10' and os_name == 'posix'")));
        assertEquals(List.of("foo; extra == \"a\"", "bar"),
                texts(PipLine.parse("foo; extra == 'a' --no-deps bar")));
        assertEquals(List.of("foo @ https://x.org/foo.whl", "bar"),
                texts(PipLine.parse("foo @ https://x.org/foo.whl bar")));
        assertEquals(List.of("foo>=1; python_version < \"4\"", "bar"),
                texts(PipLine.parse("'foo>=1; python_version < \"4\"' bar")));
    }

    @Test
    void rawIsKept() {
        assertEquals("  a  b ", PipLine.parse("  a  b ").raw());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|1|no requirement in the pip line",
        "`--no-deps`|1|no requirement in the pip line",
        "`torch --pre`|7|unsupported pip option '--pre' (supported: --index-url, --extra-index-url, --no-deps)",
        "`torch --index-url`|18|--index-url needs a URL",
        "`torch --extra-index-url --no-deps`|24|--extra-index-url needs a URL",
        "`torch --index-url=nourl`|7|--index-url needs a URL, got 'nourl'",
        "`torch --no-deps=1`|16|--no-deps takes no value",
        "`torch torchao>=x`|16|'x' is not a valid PEP 440 version",
        "`torch 'torchao>=x'`|17|'x' is not a valid PEP 440 version",
        "`torch 'torchao`|7|unterminated quote",
    })
    void rejectsWithColumnInTheLine(String raw, int column, String reason) {
        RequirementSyntaxException e = assertThrows(RequirementSyntaxException.class, () -> PipLine.parse(raw));
        assertEquals(reason, e.reason());
        assertEquals(column, e.column());
        assertEquals(raw, e.text());
    }
}
