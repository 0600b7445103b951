package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.catalog.UnknownRelease;
import dev.lightspeed.stack.runyaml.ReleaseGuess;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YamlDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * run.yaml (+ optional pyproject.toml) → declaration text. Reads and checks the source for its own release (a source
 * with errors is imported only with {@code force}), maps providers, resources, storage and the rest of the top level
 * onto the declaration (migrating between release shapes when the target differs), then runs generate on the result
 * in memory: to move literal secrets into environment references, to compute {@code override:} from what generate
 * would write, and to prove that the declaration generates. Stateless and thread-safe.
 */
public final class StackImporter {

    static final String DECLARATION_NAME = "imported declaration";

    public ImportResult run(ImportRequest req) {
        YamlDocument doc = new SafeYamlReader().read(req.source(), req.sourceName());
        if (doc.hasErrors() || doc.root().isEmpty()) {
            return new ImportResult(doc.problems(), Optional.empty(), null, null);
        }
        if (!(doc.root().get() instanceof YMap root) || !(root.get("providers").orElse(null) instanceof YMap)) {
            return failed(Problem.error(RuleId.IMPORT_SOURCE, doc.root().get().location(), "",
                    "not a run.yaml: a run.yaml is"
                    + " a mapping with a 'providers:' mapping (api → list of providers)", "name a run.yaml in"
                    + " -Dlightspeed.from"));
        }
        String sourceRelease = ReleaseGuess.guess(root, new String(req.source(), StandardCharsets.UTF_8)).release();
        String target = req.targetRelease() == null || req.targetRelease().isBlank() ? sourceRelease
                : req.targetRelease().trim();
        if (!BundledCatalogs.isKnown(target)) {
            return failed(Problem.error(RuleId.RELEASE_UNKNOWN, Location.NONE, "", UnknownRelease.message(target),
                    UnknownRelease.fix(target)));
        }
        RunSource source = new RunSource(req.sourceName(), root, sourceRelease, SourceComments.of(
                new String(req.source(), StandardCharsets.UTF_8)));
        ImportNotes notes = new ImportNotes(req.sourceName());
        for (Problem p : SourceCheck.check(source)) {
            notes.add(req.force() && p.isError() ? new Problem(Severity.WARNING, p.rule(), p.location(), p.path(),
                    p.message() + " (imported anyway: force)", p.fix()) : p);
        }
        if (notes.hasErrors()) {
            notes.add(Problem.error(RuleId.IMPORT_SOURCE_INVALID, Location.of(req.sourceName()), "",
                    "the source has errors;"
                    + " nothing was imported", "fix them, or import anyway with -Dlightspeed.force=true"));
            return new ImportResult(notes.problems(), Optional.empty(), sourceRelease, target);
        }
        String text = new DeclarationBuilder(source, BundledCatalogs.get(target), notes, req).build();
        return new ImportResult(notes.problems(), notes.hasErrors() ? Optional.empty() : Optional.of(text),
                sourceRelease, target);
    }

    private static ImportResult failed(Problem p) {
        return new ImportResult(List.of(p), Optional.empty(), null, null);
    }

    /** The specs of the declared providers, for the pyproject import. */
    static List<ProviderSpec> specs(Catalog c, List<RunSource.SourceProvider> providers) {
        List<ProviderSpec> out = new ArrayList<>();
        providers.forEach(p -> c.find(p.api(), p.type()).ifPresent(out::add));
        return out;
    }
}
