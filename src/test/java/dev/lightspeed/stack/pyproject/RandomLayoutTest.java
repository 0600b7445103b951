package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/**
 * Property-style: pyproject texts with random (seeded) comments, blank lines, spacing, indentation, line separators,
 * final newline, table order and pre-existing group/uv entries. For each: no problems, every character outside the
 * group's pair and the uv sections unchanged (new tables only appended at the end), the file's line separator and
 * final-newline state kept, the group reads back as generated, and a second run changes nothing.
 */
class RandomLayoutTest {

    private static final Map<String, List<String>> PIP = ReferenceCatalog.pipPackages("0.3.5");
    private static final List<String> PROVIDERS = new ArrayList<>(PIP.keySet());

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomLayout(long seed) {
        Random rnd = new Random(seed);
        String eol = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
        String text = new LayoutGenerator(rnd, eol).document();
        DependencyGroup group = randomGroup(rnd);
        EditResult r = new PyprojectEditor("pyproject.toml").edit(text, group);
        assertEquals(List.of(), r.problems(), () -> "seed " + seed + ":\n" + text);
        String out = r.text();

        String before = Outside.of(text, "llslibdev");
        String after = Outside.of(out, "llslibdev");
        // new tables may only be appended, after the original's trailing blank lines
        String kept = before.stripTrailing();
        assertTrue(after.startsWith(kept), () -> "seed " + seed + ": text outside changed\n"
                + GroupDiff.diff("x", before, after));
        assertEquals("", after.substring(kept.length()).replace("[dependency-groups]", "").strip(),
                () -> "seed " + seed + ": unexpected text appended");
        if (eol.equals("\r\n")) {
            assertFalse(out.replace("\r\n", "").contains("\n"), "seed " + seed + ": bare LF in a CRLF file");
        } else {
            assertFalse(out.contains("\r"), "seed " + seed + ": CR in an LF file");
        }
        assertEquals(text.isEmpty() || text.endsWith("\n"), out.endsWith("\n"), "seed " + seed + ": final newline");

        TomlParseResult toml = Toml.parse(out);
        assertFalse(toml.hasErrors());
        TomlArray array = toml.getArray(List.of("dependency-groups", "llslibdev"));
        assertEquals(new ArrayList<Object>(group.requirementTexts()), array.toList());

        EditResult again = new PyprojectEditor("pyproject.toml").edit(out, group);
        assertFalse(again.changed(), () -> "seed " + seed + ": second run changed\n" + GroupDiff.diff("x", out,
                again.text()));
    }

    private static DependencyGroup randomGroup(Random rnd) {
        List<String> shuffled = new ArrayList<>(PROVIDERS);
        Collections.shuffle(shuffled, rnd);
        DependencyGroupBuilder b = new DependencyGroupBuilder();
        for (String p : shuffled.subList(0, rnd.nextInt(6))) {
            b.provider("API " + p.replace(" ", ": "), PIP.get(p));
        }
        if (rnd.nextBoolean()) {
            b.provider("API inference: inline::sentence-transformers",
                    PIP.get("inference inline::sentence-transformers"));
        }
        if (rnd.nextBoolean()) {
            b.extra("fire>=0.7.0; python_version >= \"3.12\"");
        }
        return b.build(new Problems());
    }

    /** Builds a random but valid pyproject text. */
    static final class LayoutGenerator {
        private final Random rnd;
        private final String eol;
        private final StringBuilder sb = new StringBuilder();

        LayoutGenerator(Random rnd, String eol) {
            this.rnd = rnd;
            this.eol = eol;
        }

        String document() {
            List<Runnable> sections = new ArrayList<>(List.of(this::project, this::tool, this::groups));
            if (rnd.nextInt(3) > 0) {
                sections.add(this::index);
            }
            if (rnd.nextInt(3) > 0) {
                sections.add(this::sources);
            }
            Collections.shuffle(sections, rnd);
            if (rnd.nextInt(8) == 0) {
                sections.remove(sections.size() - 1);
            }
            for (Runnable s : sections) {
                noise();
                s.run();
            }
            noise();
            String text = sb.toString();
            if (rnd.nextInt(4) == 0) {
                while (text.endsWith(eol)) {
                    text = text.substring(0, text.length() - eol.length());
                }
            }
            return text;
        }

        private void line(String s) {
            sb.append(s).append(eol);
        }

        private void noise() {
            for (int i = rnd.nextInt(4); i > 0; i--) {
                switch (rnd.nextInt(4)) {
                    case 0 -> line("");
                    case 1 -> line("# " + word());
                    case 2 -> line(" \t# [dependency-groups] llslibdev = [ in a comment");
                    default -> line("   ");
                }
            }
        }

        private String comment() {
            return rnd.nextBoolean() ? "" : " # " + word() + " ] [ \"x\"";
        }

        private String word() {
            String[] w = {"alpha", "llslibdev", "tool.uv", "Tišnovský", "😀", "torch = []", "[x]"};
            return w[rnd.nextInt(w.length)];
        }

        private String sp() {
            return rnd.nextBoolean() ? " " : rnd.nextBoolean() ? "" : "   ";
        }

        private void project() {
            line("[project]" + comment());
            line("name" + sp() + "=" + sp() + "\"demo\"" + comment());
            line("description = '''multi" + eol + "[dependency-groups]" + eol + "line'''");
            line("dependencies = [" + comment());
            line("  \"fastapi>=0.115\",  # web");
            line("  'llama-stack==0.3.5',");
            line("]");
        }

        private void tool() {
            line("[tool.ruff]");
            line("line-length = 120");
            line("exclude = [\"./x\", \"]\",]" + comment());
            line("matrix = [");
            line("[1, 2],");
            line("[\"[tool.uv.sources]\"], { a = \"\"\"x\"\"\" },");
            line("]");
            line("when = 1979-05-27 07:32:00Z");
        }

        private void groups() {
            line("[dependency-groups]" + comment());
            boolean before = rnd.nextBoolean();
            if (before) {
                devGroup();
            }
            switch (rnd.nextInt(4)) {
                case 0 -> { }
                case 1 -> line("llslibdev" + sp() + "=" + sp() + "[\"a\", 'b']" + comment());
                case 2 -> {
                    String indent = rnd.nextBoolean() ? "\t" : "  ";
                    line("\"llslibdev\" = [" + comment());
                    line(indent + "# a comment with ] inside");
                    line(indent + "\"x>=1\"," + comment());
                    line(indent + "\"y\"" + (rnd.nextBoolean() ? "," : ""));
                    line("]" + comment());
                }
                default -> line("llslibdev = []");
            }
            if (!before || rnd.nextBoolean()) {
                devGroup();
            }
        }

        private void devGroup() {
            String key = "dev" + rnd.nextInt(1000);
            line(key + " = [");
            line("    \"pytest>=8\",");
            line("    \"ruff\"" + comment());
            line("]");
        }

        private void index() {
            line("[[tool.uv.index]]" + comment());
            line("name = \"" + (rnd.nextBoolean() ? "pytorch-cpu" : "cpu") + "\"");
            line("url = \"https://download.pytorch.org/whl/cpu" + (rnd.nextBoolean() ? "/" : "") + "\"");
            line("explicit = true");
            if (rnd.nextBoolean()) {
                noise();
                line("[[tool.uv.index]]");
                line("name = \"other\"");
                line("url = \"https://example.org/simple\"");
            }
        }

        private void sources() {
            line("[tool.uv.sources]" + comment());
            if (rnd.nextBoolean()) {
                line("torch = [{ index = \"pytorch-cpu\", group = \"llslibdev\" }]" + comment());
            }
            if (rnd.nextBoolean()) {
                line("torchvision = { index = \"gpu\", group = \"dev\" }");
            }
            if (rnd.nextBoolean()) {
                line("stale = [");
                line("    { index = \"pytorch-cpu\", group = \"llslibdev\" },");
                line("]");
            }
            line("mine = { path = \"./mine\" }");
        }
    }
}
