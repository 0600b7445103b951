package dev.lightspeed.stack.runyaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;

/**
 * The JSON report of a run: {@code {"files":[{"path","llamaStack","verdict","problems":[{"severity","rule","line",
 * "column","path","message","fix"}]}]}}. Deterministic: fixed key order, files in the order given, problems sorted,
 * two-space indent, {@code \n} line ends, a final newline.
 */
public final class ValidateReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ValidateReportJson() {
    }

    public static byte[] render(ValidateRun run) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileResult f : run.files()) {
            ObjectNode fo = files.addObject();
            fo.put("path", f.path());
            fo.put("llamaStack", f.llamaStack());
            fo.put("verdict", f.verdict());
            ArrayNode ps = fo.putArray("problems");
            for (Problem p : f.problems()) {
                ObjectNode po = ps.addObject();
                po.put("severity", p.severity().label());
                po.put("rule", p.rule());
                po.put("line", p.location().line());
                po.put("column", p.location().column());
                po.put("path", p.path());
                po.put("message", p.message());
                po.put("fix", p.fix());
            }
        }
        try {
            return (MAPPER.writer(PRINTER).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
    }
}
