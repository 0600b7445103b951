package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How messages and the generated header show a path: relative where that is the same on every machine. */
class MavenPathsTest {

    private final Path root = Path.of("/work/reactor").toAbsolutePath();
    private final Path module = root.resolve("module-a");

    @Test
    void aFileInTheModuleIsRelativeToIt() {
        assertEquals("src/main/lightspeed/stack.yaml",
                MavenPaths.display(module, root, module.resolve("src/main/lightspeed/stack.yaml")));
        assertEquals("src/main/lightspeed/stack.yaml",
                MavenPaths.display(module, module.resolve("src/main/lightspeed/stack.yaml")));
    }

    @Test
    void aFileElsewhereInTheReactorIsRelativeToTheModule() {
        assertEquals("../src/main/lightspeed/stack.yaml",
                MavenPaths.display(module, root, module.resolve("../src/main/lightspeed/stack.yaml")));
        assertEquals("../module-b/stack.yaml", MavenPaths.display(module, root, root.resolve("module-b/stack.yaml")));
    }

    @Test
    void aFileOutsideTheReactorIsShownAbsolute() {
        Path elsewhere = Path.of("/elsewhere/stack.yaml").toAbsolutePath();
        assertEquals(elsewhere.toString().replace('\\', '/'), MavenPaths.display(module, root, elsewhere));
        assertEquals(root.resolve("pyproject.toml").toString().replace('\\', '/'),
                MavenPaths.display(module, root.resolve("pyproject.toml")), "without a root: the module is the root");
    }
}
