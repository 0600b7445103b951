package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.Dependencies;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.pyproject.DependencyGroup;
import dev.lightspeed.stack.pyproject.DependencyGroupBuilder;
import dev.lightspeed.stack.pyproject.EditResult;
import dev.lightspeed.stack.pyproject.GroupDiff;
import dev.lightspeed.stack.pyproject.GroupRenderer;
import dev.lightspeed.stack.pyproject.GroupWrite;
import dev.lightspeed.stack.pyproject.PyprojectEditor;
import dev.lightspeed.stack.pyproject.PyprojectFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The llslibdev dependency group of a valid stack: built from the selected providers' pip packages for the target
 * release and the declaration's {@code dependencies:}, then written into pyproject.toml (only the group and its uv
 * entries change), checked against it, or rendered as a fragment file. Rule ids: {@code pyproject-out-of-date},
 * {@code pyproject-unreadable}, {@code pyproject-outside-project}, {@code pyproject-read-only}, and the builder's and
 * editor's own ({@code dependency-*}, {@code pyproject-*}).
 */
final class LlslibdevStep {

    static final String FRAGMENT = "llslibdev.toml";

    /** Why a file {@code auto} would write is only checked: the build runs in CI. */
    static final String CI_CHECK = "checked, not written, because the environment variable " + PyprojectMode.CI_VARIABLE
            + " is 'true' (a CI build; -Dlightspeed.pyprojectMode=write writes it anyway): ";

    private LlslibdevStep() {
    }

    /** Why a pyproject.toml lies outside {@code root}, truthfully: the path itself, or a link on it. */
    private static String outside(PyprojectFile file, Path root) {
        Path written = file.path().toAbsolutePath().normalize();
        return written.startsWith(root) ? "leads through a symbolic link to " + file.realPath() + ", outside the"
                + " project directory " + root : "is outside the project directory " + root;
    }

    static DependencyGroup group(StackModel m, Declaration d, Problems out) {
        DependencyGroupBuilder b = new DependencyGroupBuilder().product(m.catalog().productName());
        for (ProviderInstance p : m.providers()) {
            Optional<ProviderSpec> spec = m.catalog().find(p.api(), p.providerType());
            List<String> pip = spec.isPresent() ? spec.get().pipPackages() : List.of();
            b.provider("API " + p.api() + ": " + p.providerType(), pip, p.typeWhere());
        }
        Dependencies deps = d.dependencies();
        for (Map.Entry<String, String> c : deps.constraints().entrySet()) {
            b.constraint(c.getKey(), c.getValue(), deps.constraintWhere().getOrDefault(c.getKey(),
                    d.root().location()));
        }
        for (int i = 0; i < deps.extras().size(); i++) {
            b.extra(deps.extras().get(i), deps.extraWhere(i, d.root().location()));
        }
        for (String e : deps.exclude()) {
            b.exclude(e, d.root().location());
        }
        return b.build(out);
    }

    /** The output (if any) for the group under the target's mode; problems for check failures and bad files. */
    static Optional<Output> apply(DependencyGroup group, PyprojectTarget target, Path outputDirectory, Problems out) {
        return apply(group, target, outputDirectory, out, new HashMap<>());
    }

    /**
     * The same; an edit of pyproject.toml also puts into {@code rewrites} how to redo it on the file as it is when
     * written ({@link GroupWrite}), and warns ({@code pyproject-group-shared}) when another build of this JVM writes
     * different contents into the same group of the same file.
     */
    static Optional<Output> apply(DependencyGroup group, PyprojectTarget target, Path outputDirectory, Problems out,
            Map<Path, OutputBatch.Rewrite> rewrites) {
        boolean exists = target.exists();
        Location notesAt = Location.of(target.mode() == PyprojectMode.FRAGMENT || !exists ? FRAGMENT
                : target.displayName());
        for (String n : group.notes()) {
            out.add(new Problem(Severity.INFO, RuleId.PYPROJECT_NOTE, notesAt, "", n, ""));
        }
        if (target.writesFragment()) {
            return Optional.of(new Output(outputDirectory.resolve(FRAGMENT),
                    GroupRenderer.fragment(group).getBytes(StandardCharsets.UTF_8), false));
        }
        Location where = Location.of(target.displayName());
        if (!exists) {
            out.error(RuleId.PYPROJECT_UNREADABLE, where, "", "does not exist", "create it, or set"
                    + " <pyprojectMode>fragment</pyprojectMode> (-Dlightspeed.pyprojectMode=fragment)");
            return Optional.empty();
        }
        PyprojectFile file;
        try {
            file = PyprojectFile.read(target.file());
            if (target.projectDir() != null && !file.isInside(target.projectDir())) {
                out.error(RuleId.PYPROJECT_OUTSIDE_PROJECT, where, "", outside(file, target.projectDir()),
                        "point <pyproject> at a file inside " + target.projectDir());
                return Optional.empty();
            }
        } catch (IOException e) {
            boolean known = e instanceof InputFileException; // a directory, a FIFO, a device, too large
            out.error(RuleId.PYPROJECT_UNREADABLE, where, "", known ? ((InputFileException) e).reason()
                    : "cannot be read: " + e.getMessage(), known ? ((InputFileException) e).fix()
                    : "check the file's permissions");
            return Optional.empty();
        }
        EditResult edited = new PyprojectEditor(target.displayName()).edit(file.bytes(), group);
        out.addAll(edited.problems());
        if (edited.hasErrors()) {
            return Optional.empty();
        }
        if (target.checks()) {
            if (edited.changed()) {
                out.error(RuleId.PYPROJECT_OUT_OF_DATE, where, "", (target.checksBecauseCi() ? CI_CHECK : "")
                        + GroupDiff.outOfDate(target.displayName(), group.name(), edited.original(), edited.text()),
                        GroupDiff.FIX_COMMAND);
            }
            return Optional.empty();
        }
        if (edited.changed() && !file.isWritable()) {
            out.error(RuleId.PYPROJECT_READ_ONLY, where, "", "is read-only and its " + group.name()
                    + " group is out of date", "make it writable, or use -Dlightspeed.pyprojectMode=check");
            return Optional.empty();
        }
        GroupWrite write = new GroupWrite(target.displayName(), group);
        Optional<String> other = write.claim(file.realPath(), outputDirectory.toAbsolutePath().normalize().toString());
        if (other.isPresent()) {
            out.warning(RuleId.PYPROJECT_GROUP_SHARED, where, "dependency-groups." + group.name(), "another module"
                    + " (output directory " + other.get() + ") writes different contents into the " + group.name()
                    + " group of this file; the module written last wins", "give each module its own pyproject.toml"
                    + " (<pyproject>), or declare the same providers and dependencies in both");
        }
        rewrites.put(file.realPath(), write);
        return Optional.of(new Output(file.realPath(), edited.bytes(), false));
    }
}
