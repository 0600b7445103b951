package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list-providers configured the way Maven configures it, through maven-plugin-testing-harness 3.5.1. */
@MojoTest
class ListProvidersMojoTest {

    static final String POM = "classpath:/unit/list-providers/pom.xml";

    @TempDir
    Path dir;

    @Test
    @Basedir("/unit/list-providers")
    @InjectMojo(goal = "list-providers", pom = POM)
    void tableToTheLog(ListProvidersMojo mojo) throws Exception {
        assertEquals("0.3.5", mojo.llamaStack);
        assertEquals("table", mojo.format);
        List<String> lines = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        mojo.execute();
        assertTrue(lines.get(0).startsWith("API "), lines.get(0));
        assertEquals(2 + 64 + 1 + 1 + 1 + 2 + 2, lines.size()); // then the 2 rows of LCS's table not in 0.3.5
        assertTrue(lines.get(66).startsWith("64 providers ("), lines.get(66));
        assertEquals("", lines.get(67));
        assertTrue(lines.get(68).startsWith("Not in this release: 2 rows of LCS's providers table"), lines.get(68));
    }

    @Test
    @Basedir("/unit/list-providers")
    @InjectMojo(goal = "list-providers", pom = POM)
    @MojoParameter(name = "format", value = "json")
    @MojoParameter(name = "llamaStack", value = "0.2.22")
    void jsonToAFile(ListProvidersMojo mojo) throws Exception {
        mojo.output = dir.resolve("out/p.json").toFile();
        mojo.execute();
        JsonNode array = new ObjectMapper().readTree(mojo.output);
        assertEquals(65 + 1, array.size()); // and eval remote::meta-reference, not in 0.2.22
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(mojo.output.toPath(), old);
        mojo.execute();
        assertEquals(old, Files.getLastModifiedTime(mojo.output.toPath()), "an unchanged listing is not rewritten");
    }

    @Test
    @Basedir("/unit/list-providers")
    @InjectMojo(goal = "list-providers", pom = POM)
    @MojoParameter(name = "format", value = "json")
    @MojoParameter(name = "api", value = "safety")
    void apiFilter(ListProvidersMojo mojo) throws Exception {
        mojo.output = dir.resolve("p.json").toFile();
        mojo.execute();
        JsonNode array = new ObjectMapper().readTree(mojo.output);
        assertTrue(array.size() > 0);
        array.forEach(p -> assertEquals("safety", p.get("api").asText()));
    }

    @Test
    @Basedir("/unit/list-providers")
    @InjectMojo(goal = "list-providers", pom = POM)
    @MojoParameter(name = "llamaStack", value = "0.4.0")
    void unknownReleaseFailsTheBuild(ListProvidersMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("lightspeed:list-providers failed: 1 error\n"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown release '0.4.0'; bundled: OGX 1.0.2, llama-stack 0.6.0, 0.5.2, 0.4.3, 0.3.5,"
                + " 0.2.22"),
                e.getMessage());
    }

    @Test
    @Basedir("/unit/list-providers")
    @InjectMojo(goal = "list-providers", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "llamaStack", value = "nonsense")
    void skip(ListProvidersMojo mojo) throws Exception {
        mojo.output = dir.resolve("never.json").toFile();
        mojo.execute();
        assertTrue(Files.notExists(mojo.output.toPath()));
    }

    @Test
    @Basedir("/unit/list-providers")
    @InjectMojo(goal = "list-providers", pom = POM)
    void userCatalogError(ListProvidersMojo mojo) throws Exception {
        Path bad = dir.resolve("acme.yaml");
        Files.writeString(bad, "providers:\n  - provider_type: remote::acme\n    pip_packages: [\"x>=\"]\n"
                + "    api: inference\n");
        mojo.catalogs = List.of(new File(bad.toString()));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains(bad + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("catalog-pip-syntax"), e.getMessage());
    }
}
