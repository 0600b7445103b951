package dev.lightspeed.stack.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the provider tables of an LCS providers document ({@code docs/providers.md}; copies live in the test
 * resources): one row per table line, with the API of its section and its supported/not-supported flag. Knows the
 * tables' naming: the Red Hat rows ({@code RHOAI (vllm)}, {@code RHEL AI (RHAIIS/vllm)}, ...) are all
 * {@code remote::vllm}; a row of type {@code lcore} is an LCS-owned shield, not a provider of any release.
 */
public final class SeedTables {

    /** One row of a table: section API, the row's name and type cell as written, the flag. */
    public record Row(String api, String name, String kind, boolean supported) {

        /** The provider the row names, in the registry's naming; empty for an LCS-owned ({@code lcore}) row. */
        public Optional<ProviderKey> provider() {
            if (kind.equals("lcore")) {
                return Optional.empty();
            }
            return Optional.of(new ProviderKey(api, isRedHatVllm() ? "remote::vllm" : kind + "::" + name));
        }

        /** A Red Hat vLLM deployment row, named after the product rather than the provider. */
        public boolean isRedHatVllm() {
            return name.toLowerCase(Locale.ROOT).endsWith("vllm)");
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
        for (String line : markdown.split("\n")) {
            String t = line.strip();
            if (t.startsWith("## ")) {
                api = SECTION_API.get(t.substring(3).strip().toLowerCase(Locale.ROOT));
                continue;
            }
            if (api == null || !t.startsWith("|") || t.startsWith("|---") || t.startsWith("| Name")) {
                continue;
            }
            String[] cells = t.substring(1, t.length() - 1).split("\\|", -1);
            if (cells.length < 4) {
                continue;
            }
            String flag = cells[cells.length - 1].strip();
            boolean supported = flag.contains("✅");
            if (!supported && !flag.contains("❌")) {
                continue;
            }
            rows.add(new Row(api, cells[0].strip(), cells[cells.length == 5 ? 2 : 1].strip(), supported));
        }
        return rows;
    }
}
