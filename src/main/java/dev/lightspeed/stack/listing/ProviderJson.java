package dev.lightspeed.stack.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.catalog.ProviderSpec;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders providers as a JSON array of objects with {@code api}, {@code provider_type}, {@code supported},
 * {@code support_note}, {@code pip_packages}, {@code api_dependencies}, {@code optional_api_dependencies},
 * {@code deprecated} and {@code in_release: true}; then the rows of LCS's providers table that name providers the
 * release does not have, each {@code api}, {@code provider_type}, {@code supported} (the table's flag),
 * {@code support_note} (why it does not apply) and {@code in_release: false}. Two-space indentation, {@code \n} line
 * ends, a final newline. Deterministic.
 */
public final class ProviderJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProviderJson() {
    }

    public static String render(List<ProviderSpec> providers, List<NotInReleaseRow> absent) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ProviderSpec p : providers) {
            ObjectNode o = array.addObject();
            o.put("api", p.api());
            o.put("provider_type", p.providerType());
            o.put("supported", p.supported());
            o.put("support_note", p.support().note());
            strings(o.putArray("pip_packages"), p.pipPackages());
            strings(o.putArray("api_dependencies"), p.apiDependencies());
            strings(o.putArray("optional_api_dependencies"), p.optionalApiDependencies());
            o.put("deprecated", p.deprecated());
            o.put("in_release", true);
        }
        for (NotInReleaseRow r : absent) {
            ObjectNode o = array.addObject();
            o.put("api", r.api());
            o.put("provider_type", r.providerType());
            o.put("supported", r.supported());
            o.put("support_note", r.reason());
            o.put("in_release", false);
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
