package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * For each real pyproject.toml: writing a generated group changes nothing outside the group's pair and the uv
 * index/source sections, the rest parses to the same values, and a second run is a no-op.
 */
class RealPyprojectTest {

    private static final Path REAL = Path.of("src/test/resources/pyproject/real");

    static DependencyGroup lcsGroup(String release) {
        List<String> providers = release.equals("0.2.22")
                ? ReferenceCatalog.LCS_RUN.stream().filter(p -> !p.startsWith("files ") && !p.startsWith("batches "))
                        .toList()
                : ReferenceCatalog.LCS_RUN;
        return ReferenceCatalog.builder(release, providers)
                .constraint("faiss-cpu", ">=1.11.0").constraint("torch", "==2.9.0").build(new Problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lcs-4ceb0519-pyproject.toml", "lcs-c10b1eb8-pyproject.toml", "lcs-head-pyproject.toml",
        "llama-stack-0.3.5-pyproject.toml"})
    void onlyTheGroupAndItsUvEntriesChange(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(REAL.resolve(name));
        String original = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        for (String release : List.of("0.3.5", "0.2.22")) {
            DependencyGroup group = lcsGroup(release);
            EditResult r = new PyprojectEditor(name).edit(bytes, group);
            assertEquals(List.of(), r.problems());
            assertTrue(r.changed());
            assertEquals(Outside.of(original, "llslibdev"), Outside.of(r.text(), "llslibdev"));
            assertEquals(valuesOutside(original), valuesOutside(r.text()));
            EditResult again = new PyprojectEditor(name).edit(r.bytes(), group);
            assertFalse(again.changed(), "second run must be a no-op");
            assertEquals(r.text(), again.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lcs-4ceb0519-pyproject.toml", "lcs-head-pyproject.toml"})
    void lcsIndexAndTorchSourceStayAsTheyAre(String name) throws IOException {
        String original = Files.readString(REAL.resolve(name));
        String out = new PyprojectEditor(name).edit(original, lcsGroup("0.3.5")).text();
        String kept = "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\n"
                + "explicit = true\n\n[tool.uv.sources]\ntorch = [\n    { index = \"pytorch-cpu\", group = \"llslibdev\" },\n"
                + "]\n";
        assertTrue(original.contains(kept));
        String added = "torchao = [\n    { index = \"pytorch-cpu\", group = \"llslibdev\" },\n]\n"
                + "torchvision = [\n    { index = \"pytorch-cpu\", group = \"llslibdev\" },\n]\n";
        assertTrue(out.contains(kept + added + "\n[dependency-groups]\n"), out);
    }

    /** Every value of the document except the group and tool.uv.index/sources, as JSON. */
    private static String valuesOutside(String text) throws IOException {
        TomlParseResult toml = Toml.parse(text);
        assertFalse(toml.hasErrors(), () -> toml.errors().toString());
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(toml.toJson());
        ((ObjectNode) root.get("dependency-groups")).remove("llslibdev");
        if (root.path("tool").path("uv") instanceof ObjectNode uv) {
            uv.remove(List.of("index", "sources"));
        }
        return root.toString();
    }
}
