package dev.lightspeed.stack.lcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.importer.ImportFiles;
import dev.lightspeed.stack.importer.ImportFilesRequest;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import of a legacy pair: LCS's own example lightspeed-stack-azure-entraid-lib.yaml (library_client_config_path:
 * examples/azure-run.yaml) becomes a declaration plus a unified lightspeed-stack.yaml whose profile is the run.yaml
 * generate writes; the rewritten file is a valid unified configuration (golden: {@code lcs/import/unified.yaml}).
 */
class LegacyPairImportTest {

    @Test
    void legacyPairBecomesDeclarationAndUnifiedFile(@TempDir Path tmp) throws IOException {
        Path source = TestFiles.resource("lcs/synthesis/14-example-azure-entraid-lib");
        Path project = tmp.resolve("project");
        copy(source.resolve("lightspeed-stack.yaml"), project.resolve("lightspeed-stack.yaml"));
        copy(source.resolve("examples/azure-run.yaml"), project.resolve("examples/azure-run.yaml"));
        Path lcs = project.resolve("lightspeed-stack.yaml");
        assertTrue(LegacyPairImport.applies(Files.readAllBytes(lcs), "lightspeed-stack.yaml"));
        Path declaration = project.resolve("src/main/lightspeed/stack.yaml");
        LegacyPairImport r = LegacyPairImport.run(new ImportFilesRequest(lcs, "lightspeed-stack.yaml", "1.0.2",
                declaration, "src/main/lightspeed/stack.yaml", null, null, true), Files.readAllBytes(lcs),
                project.resolve("target/generated-resources/lightspeed/run.yaml"),
                project.resolve("lightspeed-stack-unified.yaml"));
        assertTrue(r.problems().stream().noneMatch(p -> p.isError()), () -> r.problems().toString());
        assertTrue(r.imported().output().isPresent(), () -> r.imported().result().problems().toString());
        String unified = new String(r.unified().orElseThrow().bytes(), StandardCharsets.UTF_8);
        TestFiles.assertGolden(TestFiles.sourceResource("lcs/import"), TestFiles.sourceResource("lcs/import")
                .resolve("unified.yaml"), "unified.yaml", unified);
        YMap root = (YMap) new SafeYamlReader().readText(unified, "u").root().orElseThrow();
        YMap ls = (YMap) root.get("llama_stack").orElseThrow();
        assertFalse(ls.has("library_client_config_path"));
        assertEquals(LcsSynthesizer.Mode.UNIFIED, LcsSynthesizer.mode(root));
        assertEquals("target/generated-resources/lightspeed/run.yaml",
                ((YMap) ls.get("config").orElseThrow()).text("profile"));
    }

    @Test
    void theCallersBytesAreTheOnlyReadOfTheFile(@TempDir Path tmp) throws IOException {
        Path source = TestFiles.resource("lcs/synthesis/14-example-azure-entraid-lib");
        Path lcs = tmp.resolve("lightspeed-stack.yaml");
        copy(source.resolve("lightspeed-stack.yaml"), lcs);
        copy(source.resolve("examples/azure-run.yaml"), tmp.resolve("examples/azure-run.yaml"));
        ImportFilesRequest request = new ImportFilesRequest(lcs, "lightspeed-stack.yaml", "1.0.2",
                tmp.resolve("stack.yaml"), "stack.yaml", null, null, true);
        byte[] bytes = ImportFiles.source(request);
        Files.delete(lcs);
        LegacyPairImport r = LegacyPairImport.run(request, bytes, tmp.resolve("run.yaml"), tmp.resolve("u.yaml"));
        assertTrue(r.problems().stream().noneMatch(p -> p.isError()), () -> r.problems().toString());
        assertTrue(r.unified().isPresent(), "imported from the bytes read before the file was deleted");
    }

    @Test
    void unifiedFileIsRefused(@TempDir Path tmp) throws IOException {
        Path lcs = TestFiles.resource("lcs/synthesis/15-example-lls-library/lightspeed-stack.yaml");
        LegacyPairImport r = LegacyPairImport.run(new ImportFilesRequest(lcs, "lightspeed-stack.yaml", null,
                tmp.resolve("stack.yaml"), "stack.yaml", null, null, false), Files.readAllBytes(lcs),
                tmp.resolve("run.yaml"),
                tmp.resolve("u.yaml"));
        assertEquals("lcs-import-not-legacy", r.problems().get(0).rule());
        assertTrue(r.unified().isEmpty());
    }

    @Test
    void theProfileIsRelativeToWhereTheUnifiedFileGoes(@TempDir Path tmp) throws IOException {
        Path source = TestFiles.resource("lcs/synthesis/14-example-azure-entraid-lib");
        Path project = tmp.resolve("project");
        copy(source.resolve("lightspeed-stack.yaml"), project.resolve("legacy/lightspeed-stack.yaml"));
        copy(source.resolve("examples/azure-run.yaml"), project.resolve("legacy/examples/azure-run.yaml"));
        LegacyPairImport r = LegacyPairImport.run(new ImportFilesRequest(project.resolve(
                "legacy/lightspeed-stack.yaml"), "legacy/lightspeed-stack.yaml", "1.0.2", project.resolve(
                        "src/main/lightspeed/stack.yaml"), "src/main/lightspeed/stack.yaml", null, null, true),
                Files.readAllBytes(project.resolve("legacy/lightspeed-stack.yaml")),
                project.resolve("target/generated-resources/lightspeed/run.yaml"), project.resolve(
                        "lightspeed-stack.yaml"));
        YMap root = (YMap) new SafeYamlReader().readText(new String(r.unified().orElseThrow().bytes(),
                StandardCharsets.UTF_8), "u").root().orElseThrow();
        assertEquals("target/generated-resources/lightspeed/run.yaml", ((YMap) ((YMap) root.get("llama_stack")
                .orElseThrow()).get("config").orElseThrow()).text("profile"), "LCS resolves it against the file's"
                        + " own directory, not the legacy file's");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }
}
