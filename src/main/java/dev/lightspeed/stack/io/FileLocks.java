package dev.lightspeed.stack.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * Exclusive access to one target file while it is re-read and written: a lock per real path inside the JVM (parallel
 * modules of a {@code -T} build), and a {@link FileLock} on a lock file under {@code java.io.tmpdir} across processes
 * (two builds at once). The lock file lives outside the project, so no project directory gets a stray file; when it
 * cannot be created the lock is held inside the JVM only. Thread-safe.
 */
final class FileLocks {

    private static final ConcurrentMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();
    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "lightspeed-locks");

    private FileLocks() {
    }

    /** A held lock on {@code realPath}; close it to release. */
    static final class Held implements AutoCloseable {
        private final ReentrantLock local;
        private final FileChannel channel;

        private Held(ReentrantLock local, FileChannel channel) {
            this.local = local;
            this.channel = channel;
        }

        @Override
        public void close() {
            try {
                if (channel != null) {
                    channel.close(); // releases the file lock
                }
            } catch (IOException e) {
                // the lock goes with the channel either way
            } finally {
                local.unlock();
            }
        }
    }

    /** Blocks until this thread holds {@code realPath} (take locks in one global order: see {@link OutputBatch}). */
    static Held lock(Path realPath) {
        ReentrantLock local = IN_JVM.get(realPath);
        if (local == null) {
            ReentrantLock fresh = new ReentrantLock();
            local = IN_JVM.putIfAbsent(realPath, fresh);
            local = local != null ? local : fresh;
        }
        local.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(DIR);
            channel = FileChannel.open(DIR.resolve(lockName(realPath) + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            channel.lock();
            return new Held(local, channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return new Held(local, null);
        }
    }

    private static void closeQuietly(FileChannel c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException e) {
            // nothing held
        }
    }

    /**
     * The lock file's name for a path: CRC-32C and length of its text, so every process picks the same file. Two paths
     * that share a name only take turns they did not need to; no message digest to start on a build's first write.
     */
    static String lockName(Path p) {
        byte[] bytes = p.toString().getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length);
    }
}
