package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Outputs are the same bytes on every machine: generation of every example (run.yaml, and the llslibdev group both
 * as a fragment and written into a copy of the example's pyproject.toml) in a JVM started with a Turkish locale,
 * {@code line.separator=\r\n}, a +14:00 time zone and a Latin-1 default charset gives exactly the digests of a run
 * in this JVM.
 */
class ReproducibleOutputTest {

    @Test
    void sameBytesUnderAnotherLocaleLineSeparatorTimeZoneAndCharset() throws Exception {
        Path work = Files.createTempDirectory("repro");
        List<String> here = digests(work.resolve("here"));
        assertTrue(here.size() >= 12, "every example gives run.yaml, a fragment and a pyproject: " + here);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati", "-Dline.separator=\r\n", "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                TestFiles.projectDir().toString(), work.resolve("there").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String> there = out.lines().filter(l -> l.startsWith("digest ")).toList();
        assertTrue(out.contains("locale tr_TR, separator 0d0a, zone Pacific/Kiritimati"), out);
        assertEquals(here, there);
    }

    /** One "digest <example> <file> <sha256>" line per output, with outputs under {@code outDir}. */
    static List<String> digests(Path outDir) throws IOException {
        return digests(TestFiles.projectDir(), outDir);
    }

    static List<String> digests(Path projectDir, Path outDir) throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(projectDir.resolve("examples"))) {
            examples = s.filter(d -> Files.isRegularFile(d.resolve("src/main/lightspeed/stack.yaml"))).sorted()
                    .toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path ex : examples) {
            String name = ex.getFileName().toString();
            byte[] decl = Files.readAllBytes(ex.resolve("src/main/lightspeed/stack.yaml"));
            Path out = outDir.resolve(name);
            Files.createDirectories(out);
            Path pyproject = out.resolve("pyproject.toml");
            Files.copy(ex.resolve("pyproject.toml"), pyproject);
            for (PyprojectMode mode : List.of(PyprojectMode.FRAGMENT, PyprojectMode.WRITE)) {
                GenerateResult r = new StackGenerator().generate(new GenerateRequest(decl,
                        "src/main/lightspeed/stack.yaml", null, List.of(), out, false,
                        new PyprojectTarget(pyproject, "pyproject.toml", out, mode)));
                assertTrue(!r.hasErrors(), name + ": " + r.problems());
                for (Output o : r.outputs()) {
                    lines.add("digest " + name + " " + mode.label() + " " + o.path().getFileName() + " "
                            + sha256(o.bytes()));
                }
            }
        }
        return lines;
    }

    /** The other JVM: prints its settings, then the digests. */
    public static final class Main {
        public static void main(String[] args) throws IOException {
            System.out.println("locale " + java.util.Locale.getDefault() + ", separator "
                    + java.util.HexFormat.of().formatHex(System.lineSeparator().getBytes(StandardCharsets.UTF_8))
                    + ", zone " + java.util.TimeZone.getDefault().getID());
            digests(Path.of(args[0]), Path.of(args[1])).forEach(System.out::println);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
