package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.importer.ImportFiles;
import dev.lightspeed.stack.importer.ImportFilesRequest;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code import} of a legacy pair: a lightspeed-stack.yaml whose {@code library_client_config_path} names a run.yaml
 * (LCS's legacy mode, deprecated since LCS 0.6, removed in 0.7). The run.yaml is imported into a declaration as any
 * run.yaml is, and the lightspeed-stack.yaml is rewritten in unified mode: the {@code library_client_config_path}
 * line becomes {@code config: {profile: <the run.yaml generate writes>}}; every other byte stays. Writes nothing
 * itself.
 *
 * @param imported the run.yaml's import (declaration and its problems)
 * @param unified  the unified lightspeed-stack.yaml to write, absent when an error stops the import
 */
public record LegacyPairImport(ImportFiles imported, List<Problem> problems, Optional<Output> unified) {

    /** Where the unified file goes unless told: {@code <name>-unified.yaml} beside the legacy one. */
    public static Path unifiedBeside(Path legacy) {
        return legacy.resolveSibling(legacy.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-unified.yaml");
    }

    /** Whether the file to import reads as a lightspeed-stack.yaml (then import treats it as a legacy pair). */
    public static boolean applies(byte[] source, String name) {
        try {
            return LcsValidator.recognises(new SafeYamlReader().read(source, name).root().orElse(null));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param request   the import as for a run.yaml, with {@code from} the lightspeed-stack.yaml
     * @param bytes     that file's bytes, as read once by the caller ({@link ImportFiles#source})
     * @param generated where generate writes the run.yaml (the profile the unified file names)
     * @param unifiedOut where the unified lightspeed-stack.yaml goes, or null for {@link #unifiedBeside}
     */
    public static LegacyPairImport run(ImportFilesRequest request, byte[] bytes, Path generated, Path unifiedOut) {
        Path target = unifiedOut != null ? unifiedOut : unifiedBeside(request.from());
        Problems out = new Problems();
        YamlDocument doc = new SafeYamlReader().read(bytes, request.fromName());
        out.addAll(doc.problems());
        YMap ls = doc.root().orElse(null) instanceof YMap root && root.get("llama_stack").orElse(null) instanceof YMap m
                ? m : null;
        YNode legacy = ls == null ? null : ls.get("library_client_config_path").orElse(null);
        if (!(legacy instanceof YScalar path) || path.isNull() || ls.has("config")) {
            out.error(RuleId.LCS_IMPORT_NOT_LEGACY,
                    doc.root().map(YNode::location).orElse(Location.of(request.fromName())),
                    "llama_stack.library_client_config_path", "this lightspeed-stack.yaml is not in legacy mode"
                            + " (llama_stack.library_client_config_path naming a run.yaml, no config: block)",
                    "import the run.yaml itself with -Dlightspeed.from=<run.yaml>");
            return new LegacyPairImport(null, out.sorted(), Optional.empty());
        }
        Path dir = request.from().toAbsolutePath().getParent();
        Path runYaml = dir.resolve(path.text());
        String runName = Optional.ofNullable(Path.of(request.fromName()).getParent()).map(p -> p.resolve(path.text()))
                .orElse(Path.of(path.text())).normalize().toString();
        ImportFiles imported = ImportFiles.run(new ImportFilesRequest(runYaml, runName, request.targetRelease(),
                request.declaration(), request.declarationName(), request.pyproject(), request.pyprojectName(),
                request.force()));
        if (imported.output().isEmpty() || out.hasErrors()) {
            return new LegacyPairImport(imported, out.sorted(), Optional.empty());
        }
        // LCS resolves a relative profile against the directory of the file it loads: the unified file's
        String profile = target.toAbsolutePath().normalize().getParent().relativize(generated.toAbsolutePath()
                .normalize()).toString().replace('\\', '/');
        Optional<String> text = rewrite(new String(bytes, StandardCharsets.UTF_8), ls.keyLocation(
                "library_client_config_path"), path, profile);
        if (text.isEmpty()) {
            out.error(RuleId.LCS_IMPORT_NOT_LEGACY, path.location(), "llama_stack.library_client_config_path",
                    "library_client_config_path must be a one-line value for the import to rewrite it",
                    "write it on one line: 'library_client_config_path: run.yaml'");
            return new LegacyPairImport(imported, out.sorted(), Optional.empty());
        }
        return new LegacyPairImport(imported, out.sorted(), Optional.of(new Output(target,
                text.get().getBytes(StandardCharsets.UTF_8), false)));
    }

    /** The file with the key's line replaced by {@code config:} and its {@code profile:} line, at the key's indent. */
    static Optional<String> rewrite(String text, Location key, YScalar value, String profile) {
        if (key.line() <= 0 || value.location().line() != key.line()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String line = lines.get(key.line() - 1);
        String indent = line.substring(0, key.column() - 1);
        if (!indent.isBlank()) {
            return Optional.empty();
        }
        lines.set(key.line() - 1, indent + "config:");
        lines.add(key.line(), indent + "  profile: " + YamlWriter.scalar(profile) + "   # was library_client_config_path: "
                + value.text() + " (LCS legacy mode)");
        return Optional.of(String.join("\n", lines));
    }
}
