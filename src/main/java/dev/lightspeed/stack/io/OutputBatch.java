package dev.lightspeed.stack.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All outputs of one run, written together or not at all. {@link #commit} locks every target ({@link FileLocks}, in
 * path order so two batches never wait on each other in a cycle), re-computes the outputs that edit an existing file
 * from its bytes as they are now ({@link Rewrite}: another module of a parallel build may have written it since it
 * was read), stages each changed output as a temporary sibling of its target (mode 0600 for private files, else the
 * target's mode), and only when every output is staged moves them in. If staging any output fails, none is moved in
 * and the temporary files are deleted. An output whose target already holds its bytes is not rewritten. Not
 * thread-safe; one batch per run.
 */
public final class OutputBatch {

    /** Recomputes an output from the bytes its target holds under the lock (null when it does not exist). */
    @FunctionalInterface
    public interface Rewrite {
        byte[] apply(byte[] current) throws IOException;
    }

    /**
     * One output after the commit.
     *
     * @param output  the path and the bytes it now holds (a rewritten output's bytes as written)
     * @param written false when the file already held these bytes
     */
    public record Result(Output output, boolean written) {
    }

    private record Entry(int order, Output output, Rewrite rewrite, Path key) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds an output written with exactly its bytes. */
    public OutputBatch add(Output out) {
        return add(out, null);
    }

    /** Adds an output whose bytes {@code rewrite} recomputes under the lock; {@code out}'s bytes are the expectation. */
    public OutputBatch add(Output out, Rewrite rewrite) {
        entries.add(new Entry(entries.size(), out, rewrite, RealPaths.of(out.path())));
        return this;
    }

    /** By path, then the order added (a plain comparator: no lambdas to spin on a build's first call). */
    private static final Comparator<Entry> BY_PATH = new Comparator<>() {
        @Override
        public int compare(Entry a, Entry b) {
            int c = a.key().toString().compareTo(b.key().toString());
            return c != 0 ? c : Integer.compare(a.order(), b.order());
        }
    };

    /**
     * Writes every output or none; returns the results in the order the outputs were added.
     *
     * @throws IOException naming the output that could not be staged or moved in
     */
    public List<Result> commit() throws IOException {
        List<Entry> byPath = new ArrayList<>(entries);
        byPath.sort(BY_PATH);
        List<FileLocks.Held> held = new ArrayList<>();
        List<Path> staged = new ArrayList<>();
        try {
            Path last = null;
            for (Entry e : byPath) {
                if (!e.key().equals(last)) {
                    held.add(FileLocks.lock(e.key()));
                    last = e.key();
                }
            }
            Result[] results = new Result[entries.size()];
            Path[] temps = new Path[entries.size()];
            for (Entry e : byPath) {
                Output out = bytesNow(e);
                results[e.order()] = new Result(out, !AtomicWriter.isUpToDate(target(e), out.bytes()));
                if (results[e.order()].written()) {
                    temps[e.order()] = stage(target(e), out);
                    staged.add(temps[e.order()]);
                }
            }
            for (Entry e : entries) {
                if (temps[e.order()] != null) {
                    moveIn(temps[e.order()], target(e));
                }
            }
            return List.of(results);
        } finally {
            for (Path tmp : staged) {
                Files.deleteIfExists(tmp);
            }
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).close();
            }
        }
    }

    /** Where the output goes: its path as given (a link there is replaced, as {@link AtomicWriter} does). */
    private static Path target(Entry e) {
        return e.output().path().toAbsolutePath();
    }

    private static Output bytesNow(Entry e) throws IOException {
        if (e.rewrite() == null) {
            return e.output();
        }
        byte[] current;
        try {
            current = Files.isRegularFile(target(e)) ? Files.readAllBytes(target(e)) : null;
        } catch (NoSuchFileException gone) {
            current = null;
        }
        return new Output(e.output().path(), e.rewrite().apply(current), e.output().privateFile());
    }

    private static Path stage(Path target, Output out) throws IOException {
        try {
            if (Files.isDirectory(target)) {
                throw new IOException("is a directory");
            }
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = AtomicWriter.newSibling(dir, "." + target.getFileName() + ".");
            try {
                if (out.privateFile()) {
                    AtomicWriter.setOwnerOnly(tmp);
                } else if (Files.exists(target)) {
                    AtomicWriter.copyPermissions(target, tmp);
                }
                Files.write(tmp, out.bytes());
                return tmp;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + out.path() + ": " + describe(e), e);
        }
    }

    private static void moveIn(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
