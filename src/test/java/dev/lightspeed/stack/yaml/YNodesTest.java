package dev.lightspeed.stack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lightspeed.stack.problem.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class YNodesTest {

    static YNode yaml(String text, String file) {
        return new SafeYamlReader().readText(text, file).root().orElseThrow();
    }

    @Test
    void mapsMergeKeyByKeyBaseOrderFirstNewKeysAfter() {
        YNode base = yaml("a: 1\nb: {x: 1, y: 2}\nc: [1, 2]\n", "base");
        YNode over = yaml("c: [3]\nb: {y: 20, z: 30}\nd: new\n", "over");
        YMap merged = (YMap) YNodes.merge(base, over);
        assertEquals("{a=1, b={x=1, y=20, z=30}, c=[3], d=new}", merged.toPlain().toString(),
                "lists are replaced, not appended");
        assertEquals(List.of("a", "b", "c", "d"), List.copyOf(merged.entries().keySet()));
        assertEquals(new Location("base", 1, 1), merged.keyLocation("a"), "untouched keys keep their position");
        assertEquals(new Location("over", 2, 1), merged.keyLocation("b"), "overridden keys point at the override");
        assertEquals(new Location("over", 2, 5), ((YMap) merged.get("b").orElseThrow()).keyLocation("y"));
        assertEquals(new Location("base", 2, 5), ((YMap) merged.get("b").orElseThrow()).keyLocation("x"));
    }

    @Test
    void aScalarOrListReplacesAMapAndNullReplacesAValue() {
        YNode base = yaml("a: {x: 1}\nb: 2\n", "base");
        YNode over = yaml("a: plain\nb: null\n", "over");
        assertEquals("{a=plain, b=null}", YNodes.merge(base, over).toPlain().toString());
        YNode list = yaml("[1]", "l");
        assertSame(list, YNodes.merge(base, list));
    }

    @Test
    void fromPlainAndMapStrings() {
        YNode n = YNodes.fromPlain(YamlWriterTest.ordered("k", "${X}", "n", 5, "l", List.of("a", true)),
                Location.of("p"));
        assertEquals("{k=${X}, n=5, l=[a, true]}", n.toPlain().toString());
        YNode upper = YNodes.mapStrings(n, String::toUpperCase);
        assertEquals("{k=${X}, n=5, l=[A, true]}", upper.toPlain().toString());
        assertEquals(YScalar.ScalarType.INT, ((YScalar) ((YMap) upper).get("n").orElseThrow()).type());
    }
}
