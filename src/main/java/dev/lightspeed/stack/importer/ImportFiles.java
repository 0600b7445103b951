package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OwnInputs;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file side of an import, for the goal and a CLI alike: reads the run.yaml (and the pyproject.toml), refuses to
 * overwrite an existing declaration unless forced, runs {@link StackImporter}, and says what to write. Writes nothing
 * itself. Rule ids: {@code import-file} (a file that cannot be read), {@code import-exists},
 * {@code output-is-input} (the declaration would replace the source or the pyproject.toml).
 *
 * @param result the import's outcome
 * @param output the declaration to write, absent when an error stops the import
 */
public record ImportFiles(ImportResult result, Optional<Output> output) {

    /**
     * Reads the files, imports, and says what to write; never throws for any input. Everything that stops the
     * import is reported at once: no source named, a source or pyproject.toml that cannot be read, an existing
     * declaration.
     */
    public static ImportFiles run(ImportFilesRequest req) {
        return run(req, null);
    }

    /**
     * As {@link #run(ImportFilesRequest)}, with the source's bytes already read by the caller ({@link #source}), so
     * the file is read once; null reads {@code req.from()} here (and reports why it cannot be read).
     */
    public static ImportFiles run(ImportFilesRequest req, byte[] sourceBytes) {
        List<Problem> problems = new ArrayList<>();
        if (req.from() == null) {
            problems.add(Problem.error(RuleId.IMPORT_FILE, Location.NONE, "from", "no run.yaml to import is named",
                    "name it with -Dlightspeed.from=run.yaml (or <from> in the POM)"));
        } else {
            new OwnInputs().add(req.from(), req.fromName()).add(req.pyproject(), req.pyprojectName())
                    .check(req.declaration(), "declaration", "write the declaration to another file with"
                            + " -Dlightspeed.declaration=…").ifPresent(problems::add);
        }
        if (Files.exists(req.declaration()) && !req.force()) {
            problems.add(Problem.error(RuleId.IMPORT_EXISTS, Location.of(req.declarationName()), "",
                    req.declarationName() + " already exists; the import does not overwrite it", "import to another"
                    + " file with -Dlightspeed.declaration=…, or overwrite it with -Dlightspeed.force=true"));
        }
        byte[] source = sourceBytes != null || req.from() == null ? sourceBytes
                : read(req.from(), req.fromName(), problems);
        byte[] toml = req.pyproject() == null ? null : read(req.pyproject(), req.pyprojectName(), problems);
        if (!problems.isEmpty()) {
            return new ImportFiles(new ImportResult(List.copyOf(problems), Optional.empty(), null, null),
                    Optional.empty());
        }
        ImportResult r = new StackImporter().run(new ImportRequest(source, req.fromName(), req.targetRelease(), toml,
                req.pyprojectName(), req.force()));
        return new ImportFiles(r, r.declaration().map(text -> new Output(req.declaration(),
                text.getBytes(StandardCharsets.UTF_8), false)));
    }

    /** The bytes of the file to import, or null when none is named or it cannot be read ({@link #run} says why). */
    public static byte[] source(ImportFilesRequest req) {
        return req.from() == null ? null : read(req.from(), req.fromName(), new ArrayList<>());
    }

    private static byte[] read(Path p, String name, List<Problem> out) {
        try {
            return InputFile.read(p);
        } catch (InputFileException e) {
            out.add(Problem.error(RuleId.IMPORT_FILE, Location.NONE, "", name + ": " + e.reason(), "check the path"));
        } catch (IOException e) {
            out.add(Problem.error(RuleId.IMPORT_FILE, Location.NONE, "", name + ": cannot be read: " + e.getMessage(),
                    "check the file's permissions"));
        }
        return null;
    }

}
