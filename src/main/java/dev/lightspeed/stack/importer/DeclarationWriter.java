package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.yaml.YamlWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a declaration: header comment lines, then the sections in order with {@link YamlWriter}'s deterministic
 * block style; list sections made of {@link Item}s get each item's comment lines above it.
 */
final class DeclarationWriter {

    private DeclarationWriter() {
    }

    /** @param doc section → plain value, or a {@code List<Item>} */
    static String write(List<String> header, Map<String, Object> doc) {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> comment(sb, h));
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (e.getValue() instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Item) {
                sb.append(YamlWriter.scalar(e.getKey())).append(":\n");
                for (Object o : l) {
                    Item item = (Item) o;
                    item.comments().forEach(c -> comment(sb, c));
                    sb.append(YamlWriter.write(List.of(item.value())));
                }
            } else {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(e.getKey(), e.getValue());
                sb.append(YamlWriter.write(one));
            }
        }
        return sb.toString();
    }

    private static void comment(StringBuilder sb, String text) {
        for (String line : text.split("\\R", -1)) {
            sb.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
    }
}
