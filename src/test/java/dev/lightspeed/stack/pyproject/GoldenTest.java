package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases under {@code src/test/resources/pyproject/golden/<case>/}: {@code input.json} (release, providers as
 * {@code "api type"}, constraints, extras, exclusions, optional pyproject) → {@code expected/llslibdev.toml} (the
 * fragment), {@code expected/pyproject.toml} (when a pyproject is given) and {@code expected/log.txt} (problems and
 * notes), compared byte for byte. {@code -Dgolden.update=true} rewrites the expected files.
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/pyproject");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("golden"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void golden(String name) throws IOException {
        Path dir = ROOT.resolve("golden").resolve(name);
        JsonNode in = new ObjectMapper().readTree(dir.resolve("input.json").toFile());
        List<String> providers = new ArrayList<>();
        in.get("providers").forEach(p -> providers.add(p.asText()));
        DependencyGroupBuilder builder = ReferenceCatalog.builder(in.get("release").asText(), providers);
        in.path("constraints").fields().forEachRemaining(e -> builder.constraint(e.getKey(), e.getValue().asText()));
        in.path("extras").forEach(e -> builder.extra(e.asText()));
        in.path("exclusions").forEach(e -> builder.exclude(e.asText()));
        Problems problems = new Problems();
        DependencyGroup group = builder.build(problems);

        List<String> log = new ArrayList<>();
        problems.sorted().forEach(p -> log.add(p.toString()));
        group.notes().forEach(n -> log.add("note " + n));
        check(dir.resolve("expected/llslibdev.toml"), GroupRenderer.fragment(group));
        if (in.has("pyproject")) {
            String file = in.get("pyproject").asText();
            byte[] original = Files.readAllBytes(ROOT.resolve(file));
            EditResult r = new PyprojectEditor("pyproject.toml").edit(original, group);
            r.problems().stream().map(Problem::toString).forEach(log::add);
            check(dir.resolve("expected/pyproject.toml"), r.text());
            EditResult again = new PyprojectEditor("pyproject.toml").edit(r.bytes(), group);
            assertFalse(again.changed(), "second run changes nothing");
            log.add("diff against " + file + ":");
            log.add(GroupDiff.diff("pyproject.toml", new String(original, StandardCharsets.UTF_8), r.text(), 400));
        }
        check(dir.resolve("expected/log.txt"), String.join("\n", log) + "\n");
    }

    private static void check(Path expected, String actual) throws IOException {
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(expected.getParent());
            Files.write(expected, bytes);
            return;
        }
        assertTrue(Files.exists(expected), expected + " is missing: run with -Dgolden.update=true and review it");
        assertArrayEquals(Files.readAllBytes(expected), bytes, () -> expected + " differs (rerun with"
                + " -Dgolden.update=true and review the diff):\n" + GroupDiff.diff(expected.toString(),
                readString(expected), actual));
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
