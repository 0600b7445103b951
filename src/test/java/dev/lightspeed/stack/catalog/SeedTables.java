package dev.lightspeed.stack.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the provider tables of LCS's {@code lightspeed-providers.md} (a copy lives in the test resources): one row per
 * provider, with the API of its section and its ✅/❌ flag. Knows the seed's naming quirks: the three vLLM rows are
 * all {@code remote::vllm}; {@code sqlite-vec} also stands for the deprecated alias {@code inline::sqlite_vec}.
 */
public final class SeedTables {

    /** One row of a seed table, mapped onto llama-stack's naming. */
    public record Row(String api, String providerType, boolean supported, String section, String rowName) {
        public String note() {
            return "seed: " + section + ", row '" + rowName + "' " + (supported ? "✅" : "❌");
        }
    }

    private static final Map<String, String> SECTION_API = Map.ofEntries(
            Map.entry("inference providers", "inference"),
            Map.entry("agent providers", "agents"),
            Map.entry("evaluation providers", "eval"),
            Map.entry("datasetio providers", "datasetio"),
            Map.entry("safety providers", "safety"),
            Map.entry("scoring providers", "scoring"),
            Map.entry("telemetry providers", "telemetry"),
            Map.entry("post training providers", "post_training"),
            Map.entry("vectorio providers", "vector_io"),
            Map.entry("tool runtime providers", "tool_runtime"),
            Map.entry("files providers", "files"),
            Map.entry("batches providers", "batches"));

    private SeedTables() {
    }

    public static List<Row> read(Path markdown) throws IOException {
        return parse(Files.readString(markdown, StandardCharsets.UTF_8));
    }

    public static List<Row> parse(String markdown) {
        List<Row> rows = new ArrayList<>();
        String api = null;
        String section = null;
        for (String line : markdown.split("\n")) {
            String t = line.strip();
            if (t.startsWith("## ")) {
                section = t.substring(3).strip();
                api = SECTION_API.get(section.toLowerCase(Locale.ROOT));
                continue;
            }
            if (api == null || !t.startsWith("|") || t.startsWith("|---") || t.startsWith("| Name")) {
                continue;
            }
            String[] cells = t.substring(1, t.length() - 1).split("\\|", -1);
            if (cells.length < 4) {
                continue;
            }
            String name = cells[0].strip();
            String kind = cells[cells.length == 5 ? 2 : 1].strip();
            String flag = cells[cells.length - 1].strip();
            boolean supported = flag.contains("✅");
            if (!supported && !flag.contains("❌")) {
                continue;
            }
            for (String type : typesFor(kind, name)) {
                rows.add(new Row(api, type, supported, section, name));
            }
        }
        return rows;
    }

    private static List<String> typesFor(String kind, String name) {
        if (name.toLowerCase(Locale.ROOT).contains("(vllm)")) {
            return List.of("remote::vllm");
        }
        String type = kind + "::" + name;
        if (type.equals("inline::sqlite-vec")) {
            return List.of(type, "inline::sqlite_vec");
        }
        return List.of(type);
    }
}
