package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

class GroupRendererTest {

    @Test
    void quotesTomlStrings() {
        assertEquals("\"a\\\"b\\\\c\\td\\u0001\"", GroupRenderer.quote("a\"b\\c\td\u0001"));
        assertEquals("llslibdev", GroupRenderer.key("llslibdev"));
        assertEquals("\"a.b\"", GroupRenderer.key("a.b"));
    }

    @Test
    void markersWithQuotesSurviveTheRoundTrip() {
        DependencyGroup g = new DependencyGroupBuilder()
                .extra("fire>=0.7; python_version >= '3.12' and platform_machine != \"arm64\"")
                .build(new Problems());
        String fragment = GroupRenderer.fragment(g);
        assertEquals("""
                [dependency-groups]
                llslibdev = [
                    # %s
                    # Other
                    "fire>=0.7; python_version >= \\"3.12\\" and platform_machine != \\"arm64\\"",
                ]
                """.formatted(GroupRenderer.HEADER), fragment);
        assertEquals(List.of(g.requirementTexts().get(0)),
                Toml.parse(fragment).getArray("dependency-groups.llslibdev").toList());
    }

    @Test
    void emptyGroup() {
        DependencyGroup g = new DependencyGroupBuilder().build(new Problems());
        assertEquals("[\n    # " + GroupRenderer.HEADER + "\n]", GroupRenderer.array(g, "    ", "\n"));
    }
}
