package dev.lightspeed.stack.pip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementTest {

    @Test
    void bareName() {
        Requirement r = Requirement.parse("tree_sitter");
        assertEquals(new Requirement("tree_sitter", List.of(), "", null, null), r);
        assertEquals("tree-sitter", r.normalizedName());
        assertEquals("tree_sitter", r.toPep508());
    }

    @Test
    void extrasAndSpecifier() {
        Requirement r = Requirement.parse("pymilvus[milvus-lite]>=2.4.10");
        assertEquals("pymilvus", r.name());
        assertEquals(List.of("milvus-lite"), r.extras());
        assertEquals(">=2.4.10", r.specifier());
        assertNull(r.url());
        assertNull(r.marker());
        assertEquals("pymilvus[milvus-lite]>=2.4.10", r.toPep508());
    }

    @Test
    void looseWhitespaceBecomesCanonical() {
        Requirement r = Requirement.parse("  foo [ b , a ] >= 1.0 , < 2 ;python_version>='3.10'and os_name ==\"posix\" ");
        assertEquals(List.of("b", "a"), r.extras());
        assertEquals(">=1.0,<2", r.specifier());
        assertEquals("python_version >= \"3.10\" and os_name == \"posix\"", r.marker());
        assertEquals("foo[b,a]>=1.0,<2; python_version >= \"3.10\" and os_name == \"posix\"", r.toPep508());
    }

    @Test
    void parenthesisedSpecifier() {
        assertEquals("foo>=1,!=1.5", Requirement.parse("foo (>=1, !=1.5)").toPep508());
    }

    @Test
    void briefExample() {
        Requirement r = Requirement.parse("transformers[accelerate] >=4.0 ; python_version >= \"3.10\"");
        assertEquals("transformers[accelerate]>=4.0; python_version >= \"3.10\"", r.toPep508());
    }

    @Test
    void urlRequirement() {
        Requirement r = Requirement.parse("pip @ https://example.com/pip-24.0.whl ; sys_platform == 'linux'");
        assertEquals("https://example.com/pip-24.0.whl", r.url());
        assertEquals("", r.specifier());
        assertEquals("sys_platform == \"linux\"", r.marker());
        assertEquals("pip @ https://example.com/pip-24.0.whl ; sys_platform == \"linux\"", r.toPep508());
    }

    @Test
    void markerWithParenthesesAndNotIn() {
        Requirement r = Requirement.parse("x; (python_version<'3.11' or extra=='a')and 'linux' not in sys_platform");
        assertEquals("(python_version < \"3.11\" or extra == \"a\") and \"linux\" not in sys_platform", r.marker());
    }

    @Test
    void wildcardAndCompatibleRelease() {
        assertEquals("torch==2.9.*", Requirement.parse("torch==2.9.*").toPep508());
        assertEquals("numpy~=2.3", Requirement.parse("numpy ~= 2.3").toPep508());
        assertEquals("x===weird-1", Requirement.parse("x===weird-1").toPep508());
        assertEquals("litellm>=1.75.5.post1", Requirement.parse("litellm>=1.75.5.post1").toPep508());
        assertEquals("opentelemetry-instrumentation>=0.55b0",
                Requirement.parse("opentelemetry-instrumentation>=0.55b0").toPep508());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foo_Bar.baz|foo-bar-baz",
        "sentence-transformers|sentence-transformers",
        "A__-.b|a-b",
        "PyYAML|pyyaml",
    })
    void normalisesNames(String name, String normalized) {
        assertEquals(normalized, Requirement.normalize(name));
        assertEquals(normalized, Requirement.parse(name).normalizedName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|1|expected a package name, found nothing",
        "`>=1.0`|1|expected a package name, found '>'",
        "`foo-`|4|the package name must end with a letter or digit",
        "`foo>=`|6|expected a version after '>='",
        "`foo>=1.0,`|10|expected a version operator (==, >=, <, ...), found the end",
        "`foo>=abc`|6|'abc' is not a valid PEP 440 version",
        "`foo>=1.*`|6|a '.*' suffix is only allowed after == and !=, not after '>='",
        "`foo~=1`|6|'~=' needs a version with at least two parts, e.g. ~=1.0",
        "`foo[bar`|8|']' expected to close the extras",
        "`foo bar`|5|'b' (expected a version specifier, '[', '@', ';' or the end)",
        "`foo @ nourl`|7|expected a URL with a scheme after '@'",
        "`foo;`|5|expected a marker after ';'",
        "`foo; python_versio >= '3'`|6|unknown marker variable 'python_versio'",
        "`foo; python_version >= '3`|24|unterminated string in the marker",
        "`foo (>=1`|9|expected ')' to close the version specifier, found the end",
    })
    void rejectsWithColumn(String text, int column, String reason) {
        RequirementSyntaxException e = assertThrows(RequirementSyntaxException.class, () -> Requirement.parse(text));
        assertEquals(reason, e.reason());
        assertEquals(column, e.column());
        assertEquals("invalid requirement \"" + text + "\" at column " + column + ": " + reason, e.getMessage());
    }

    @Test
    void roundTripIsStable() {
        for (String s : List.of("a", "a[x,y]>=1,<2", "a @ file:///tmp/a.whl", "a; extra == \"x\"",
                "a>=1; python_version >= \"3.10\" or os_name == \"nt\"")) {
            String once = Requirement.parse(s).toPep508();
            assertEquals(once, Requirement.parse(once).toPep508(), s);
        }
    }
}
