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

    /**
     * The declaration {@code distribution: <name>, providers: [- type: <t>, …]} as YAML bytes; an entry
     * {@code type@api} also names the API ({@code remote::openai@inference}).
     */
    public static byte[] fromProviderTypes(String distribution, List<String> types) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("distribution", distribution);
        List<Object> providers = new ArrayList<>();
        for (String t : types) {
            // an empty entry (-Dlightspeed.providers=a,,b) stays empty, for the schema check to report
            String entry = t == null ? "" : t.trim();
            int at = entry.lastIndexOf('@');
            // type@api names the API of a type that several APIs have (remote::openai@inference), as init's list does
            Map<String, Object> provider = new LinkedHashMap<>();
            provider.put("type", at < 0 ? entry : entry.substring(0, at).trim());
            if (at >= 0) {
                provider.put("api", entry.substring(at + 1).trim());
            }
            providers.add(provider);
        }
        doc.put("providers", providers);
        return YamlWriter.write(doc).getBytes(StandardCharsets.UTF_8);
    }
}
