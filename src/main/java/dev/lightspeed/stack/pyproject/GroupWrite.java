package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The write of a group into a pyproject.toml, done again on the file's bytes as they are when the write happens
 * (under {@link OutputBatch}'s lock): modules of a parallel build that share one pyproject.toml each add their
 * {@code [[tool.uv.index]]} entries to what the others wrote, instead of the last writer's older copy replacing them.
 * Also remembers, per JVM, which build wrote which group into which file, so two modules writing different contents
 * into one group are told (the last writer would otherwise silently win). Thread-safe.
 */
public final class GroupWrite implements OutputBatch.Rewrite {

    private record Claim(String owner, DependencyGroup group) {
    }

    private static final ConcurrentMap<String, Claim> CLAIMS = new ConcurrentHashMap<>();

    private final String fileName;
    private final DependencyGroup group;

    /** @param fileName how messages name the file */
    public GroupWrite(String fileName, DependencyGroup group) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.group = Objects.requireNonNull(group, "group");
    }

    @Override
    public byte[] apply(byte[] current) throws IOException {
        if (current == null) {
            throw new IOException(fileName + " was removed while the build ran");
        }
        EditResult edited = new PyprojectEditor(fileName).edit(current, group);
        if (edited.hasErrors()) {
            Problem first = edited.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
            throw new IOException(fileName + " changed while the build ran and can no longer be edited: "
                    + first.oneLine());
        }
        return edited.changed() ? edited.bytes() : current;
    }

    /**
     * Records that {@code owner} writes this group into {@code realPath}; returns another owner that wrote different
     * contents into the same group of the same file in this JVM, if any.
     */
    public Optional<String> claim(Path realPath, String owner) {
        String key = realPath + "#" + group.name();
        Claim before = CLAIMS.put(key, new Claim(owner, group));
        return before != null && !before.owner().equals(owner) && !before.group().equals(group)
                ? Optional.of(before.owner()) : Optional.empty();
    }
}
