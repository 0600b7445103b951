package dev.lightspeed.stack.yaml;

import dev.lightspeed.stack.problem.Location;
import java.util.ArrayList;
import java.util.List;

/** A YAML sequence. */
public record YSeq(List<YNode> items, Location location) implements YNode {

    public YSeq {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "list";
    }

    @Override
    public Object toPlain() {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(i.toPlain()));
        return out;
    }
}
