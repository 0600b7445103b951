package dev.lightspeed.stack.incremental;

import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful generate run saw and wrote: the input {@link Fingerprint}, each output's path and bytes,
 * and the log lines to repeat (warnings stay visible on a run that skips generation). Kept in a small text file under
 * {@code target/}; losing it (a {@code clean}) only costs one regeneration. Immutable.
 *
 * @param fingerprint the inputs' {@link Fingerprint#value()}
 * @param outputs     every file written (or found up to date), with its bytes
 * @param problems    the run's problems (warnings and notes), repeated by a run that skips generation
 */
public record Stamp(String fingerprint, List<StampedOutput> outputs, List<Problem> problems) {

    static final String HEADER = "lightspeed-stamp 3";

    /** One output file and the bytes it must hold (Base64). */
    public record StampedOutput(Path path, String base64) {
    }

    public Stamp {
        outputs = List.copyOf(outputs);
        problems = List.copyOf(problems);
    }

    /** The stamp for outputs just written (or found up to date). */
    public static Stamp of(String fingerprint, List<Output> written, List<Problem> problems) {
        List<StampedOutput> outs = new ArrayList<>();
        for (Output o : written) {
            outs.add(new StampedOutput(o.path().toAbsolutePath(), Base64.getEncoder().encodeToString(o.bytes())));
        }
        return new Stamp(fingerprint, outs, problems);
    }

    /**
     * True when the inputs are those of this stamp and every output on disk still holds the bytes it was written
     * with: then generating again would write nothing.
     */
    public boolean isCurrent(String currentFingerprint) {
        if (!fingerprint.equals(currentFingerprint)) {
            return false;
        }
        for (StampedOutput o : outputs) {
            try {
                byte[] bytes = InputFile.readIfExists(o.path());
                if (bytes == null || !Base64.getEncoder().encodeToString(bytes).equals(o.base64())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The stamp in {@code file}, or empty when there is none or it cannot be read (never an error). */
    public static Optional<Stamp> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("fingerprint ")) {
            return Optional.empty();
        }
        List<StampedOutput> outs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String l : lines.subList(2, lines.size())) {
            if (l.startsWith("output ") && l.indexOf(' ', 7) > 0) {
                int sp = l.indexOf(' ', 7);
                outs.add(new StampedOutput(Path.of(l.substring(sp + 1)), l.substring(7, sp)));
            } else if (l.startsWith("problem ")) {
                Optional<Problem> p = StampedProblem.decode(l.substring(8));
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                problems.add(p.get());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Stamp(lines.get(1).substring(12), outs, problems));
    }

    /**
     * Writes this stamp to {@code file} (only if it differs), mode 0600 like run.yaml: it holds the inputs and outputs
     * themselves, so whatever secret run.yaml holds is in it too.
     */
    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("fingerprint ").append(fingerprint)
                .append('\n');
        for (StampedOutput o : outputs) {
            sb.append("output ").append(o.base64()).append(' ').append(o.path()).append('\n');
        }
        for (Problem p : problems) {
            sb.append("problem ").append(StampedProblem.encode(p)).append('\n');
        }
        AtomicWriter.writeIfChanged(new Output(file, sb.toString().getBytes(StandardCharsets.UTF_8), true));
    }
}
