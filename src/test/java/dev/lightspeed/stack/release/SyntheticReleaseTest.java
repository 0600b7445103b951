package dev.lightspeed.stack.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release is data: a synthetic release (0.3.5's providers with {@code distro_name} as the name key and storage left
 * to defaults) becomes a bundled release by a catalog file and a line in the release index, and generate → validate
 * → import → generate work on it with the plugin's classes unchanged. Runs {@link SyntheticReleaseMain} in a second
 * JVM whose class path puts the synthetic catalog directory first.
 */
class SyntheticReleaseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RELEASE = "9.0.0";

    @TempDir
    Path dir;

    @Test
    void aSyntheticReleaseWorksForEveryGoalWithoutACodeChange() throws Exception {
        Path data = dir.resolve("dev/lightspeed/stack/catalog/data");
        Files.createDirectories(data);
        Path catalogDir = TestFiles.projectDir().resolve("catalog");
        Files.write(data.resolve("synthetic-" + RELEASE + ".json"),
                MAPPER.writeValueAsBytes(synthetic(catalogDir.resolve("llama-stack-0.3.5.json"))));
        ObjectNode index = (ObjectNode) MAPPER.readTree(catalogDir.resolve("releases.json").toFile());
        ObjectNode entry = ((ArrayNode) index.get("releases")).insertObject(0);
        entry.put("release", RELEASE).put("product", "synthetic").put("file", "synthetic-" + RELEASE + ".json");
        Files.write(data.resolve("releases.json"), MAPPER.writeValueAsBytes(index));

        Map<String, String> out = sections(run());
        assertTrue(out.get("releases").startsWith("[" + RELEASE + ", "), out.get("releases"));
        assertEquals("", out.get("generate problems"));
        String runYaml = out.get("run.yaml");
        assertTrue(runYaml.contains("\nversion: 2\ndistro_name: synthetic-assistant\n"), runYaml);
        assertFalse(runYaml.contains("image_name"), runYaml);
        assertEquals(RELEASE, out.get("guess"));
        assertFalse(out.get("validate problems").contains("ERROR"), out.get("validate problems"));
        assertFalse(out.get("import problems").contains("ERROR"), out.get("import problems"));
        assertEquals("true", out.get("regenerated equal"), out.toString());
    }

    /** 0.3.5 with distro_name instead of image_name, storage optional, image_name a key of an older release. */
    private static ObjectNode synthetic(Path base) throws IOException {
        ObjectNode c = (ObjectNode) MAPPER.readTree(base.toFile());
        c.put("llama_stack_version", RELEASE);
        ObjectNode shape = (ObjectNode) c.get("run_shape");
        shape.put("name_key", "distro_name");
        ObjectNode keys = MAPPER.createObjectNode();
        keys.put("version", false);
        keys.put("distro_name", true);
        shape.get("top_level_keys").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("image_name") && !e.getKey().equals("version")) {
                keys.put(e.getKey(), e.getKey().equals("storage") ? false : e.getValue().asBoolean());
            }
        });
        shape.set("top_level_keys", keys);
        ((ObjectNode) shape.get("foreign_keys")).putObject("image_name").put("era", "llama-stack 0.3")
                .put("fix", "rename it to distro_name");
        ((ObjectNode) shape.get("storage")).put("required", false);
        ObjectNode schema = (ObjectNode) c.get("run_config_schema");
        ObjectNode props = (ObjectNode) schema.get("properties");
        ObjectNode renamed = MAPPER.createObjectNode();
        props.fields().forEachRemaining(e -> renamed.set(e.getKey().equals("image_name") ? "distro_name"
                : e.getKey(), e.getValue()));
        schema.set("properties", renamed);
        ArrayNode required = schema.putArray("required");
        required.add("distro_name").add("providers");
        return c;
    }

    private String run() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = dir + File.pathSeparator + System.getProperty("java.class.path");
        Process p = new ProcessBuilder(List.of(java, "-cp", cp, SyntheticReleaseMain.class.getName(), RELEASE))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    private static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (name != null) {
                    out.put(name, body.toString().strip().isEmpty() ? "" : body.toString().replaceAll("\n+$", "\n")
                            .stripTrailing() + (name.equals("run.yaml") ? "\n" : ""));
                }
                name = line.substring(3);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return out;
    }
}
