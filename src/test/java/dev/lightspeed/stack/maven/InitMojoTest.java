package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** init configured the way Maven configures it, through maven-plugin-testing-harness. */
@MojoTest
class InitMojoTest {

    static final String POM = "classpath:/unit/init/pom.xml";

    @TempDir
    Path dir;

    private List<String> run(InitMojo mojo) throws Exception {
        List<String> lines = new ArrayList<>();
        mojo.basedir = dir.toFile();
        mojo.declaration = dir.resolve("src/main/lightspeed/stack.yaml").toFile();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        mojo.execute();
        return lines;
    }

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init", pom = POM)
    void writesAStarterThatGeneratesThenKeepsIt(InitMojo mojo) throws Exception {
        assertEquals("1.0.2", mojo.llamaStack); // the default release
        mojo.distribution = "init-app"; // ${project.artifactId}: the harness's stub project for requiresProject=false
        assertFalse(mojo.force);
        List<String> first = run(mojo);
        assertEquals(List.of("wrote src/main/lightspeed/stack.yaml",
                "wrote src/main/lightspeed/stack-declaration.schema.json",
                "next: mvn dev.lightspeed:lightspeed-stack-maven-plugin:0.1.0-SNAPSHOT:generate (or bind the"
                + " generate goal in the POM: README, 'Use it in your project')"), first);
        Path file = dir.resolve("src/main/lightspeed/stack.yaml");
        List<Problem> problems = new StackGenerator().generate(new GenerateRequest(Files.readAllBytes(file),
                "stack.yaml", null, List.of(), dir.resolve("target"), false)).problems();
        assertFalse(problems.stream().anyMatch(Problem::isError), problems.toString());

        Files.writeString(file, "# mine\n");
        assertEquals(List.of("src/main/lightspeed/stack.yaml exists and is left alone (-Dlightspeed.force=true"
                + " overwrites it)"), run(mojo));
        assertEquals("# mine\n", Files.readString(file));
        mojo.force = true;
        run(mojo);
        assertTrue(Files.readString(file).contains("distribution: \"init-app\""));
    }

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init", pom = POM)
    @MojoParameter(name = "providers", value = "remote::vllm,inline::fais")
    void anUnknownTypeFailsAndWritesNothing(InitMojo mojo) {
        assertEquals(List.of("remote::vllm", "inline::fais"), mojo.providers);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(mojo));
        assertTrue(e.getMessage().contains("init-provider: OGX 1.0.2 has no provider type 'inline::fais'"
                + " (fix: did you mean 'inline::faiss'"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("src")));
    }
}
