package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Declarations made from a few values, for projects that list provider types in the POM instead of a file. */
public final class DeclarationText {

    private DeclarationText() {
    }

    /** The declaration {@code distribution: <name>, providers: [- type: <t>, …]} as YAML bytes. */
    public static byte[] fromProviderTypes(String distribution, List<String> types) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("distribution", distribution);
        List<Object> providers = new ArrayList<>();
        for (String t : types) {
            // an empty entry (-Dlightspeed.providers=a,,b) stays empty, for the schema check to report
            providers.add(Map.of("type", t == null ? "" : t.trim()));
        }
        doc.put("providers", providers);
        return YamlWriter.write(doc).getBytes(StandardCharsets.UTF_8);
    }
}
