package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.CatalogOverlays;
import dev.lightspeed.stack.lcs.LcsFiles;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.catalog.UnknownRelease;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.DuplicateKeys;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code validate} goal without Maven: expands the files, reads each one with {@link SafeYamlReader} (under
 * {@code llama-stack} a duplicate key keeps the last value, as PyYAML does, with a warning; under {@code lcs} it is an
 * error), picks the release (given or guessed per file) and checks it with {@link RunYamlReader}. Every file is
 * checked and reported, whatever fails; no exception escapes for any input. Stateless and thread-safe.
 */
public final class ValidateRunner {

    public ValidateRun run(ValidateRequest request) {
        Problems requestProblems = new Problems();
        String policyName = request.policy() == null || request.policy().isBlank() ? "lcs" : request.policy().strip();
        Policy policy = switch (policyName) {
            case "lcs" -> Policy.LCS;
            case "llama-stack" -> Policy.LLAMA_STACK;
            default -> null;
        };
        if (policy == null) {
            requestProblems.error(RuleId.PARAMETER, Location.NONE, "policy", "unknown policy '" + policyName + "'",
                    "set <policy> or -Dlightspeed.policy to lcs or llama-stack");
        }
        String kind = request.kind() == null ? "" : request.kind().strip();
        if (!List.of("", "auto", "run", "lightspeed-stack").contains(kind)) {
            requestProblems.error(RuleId.PARAMETER, Location.NONE, "kind", "unknown kind '" + request.kind() + "'",
                    "set <kind> or -Dlightspeed.kind to auto, run or lightspeed-stack");
        }
        String release = request.llamaStack() == null || request.llamaStack().isBlank() ? null
                : request.llamaStack().strip();
        if (release != null && !BundledCatalogs.isKnown(release)) {
            requestProblems.error(RuleId.PARAMETER, Location.NONE, "llamaStack",
                    UnknownRelease.message(release), "set <llamaStack> or -Dlightspeed.llamaStack to one of "
                    + String.join(", ", BundledCatalogs.RELEASES) + ", or leave it out to guess it from each file");
        }
        FileSet.Expansion expansion = FileSet.expand(request.baseDir(), request.files());
        if (request.files().stream().allMatch(String::isBlank)) {
            requestProblems.error(RuleId.PARAMETER, Location.NONE, "files", "no files to validate",
                    "set <files> or -Dlightspeed.files=run.yaml,other.yaml (globs allowed)");
        }
        // a pattern that finds nothing stops no other file from being checked: reported beside their results
        Problems patterns = new Problems();
        expansion.unmatched().forEach(g -> patterns.error(RuleId.FILE_MISSING, Location.of(g), "files",
                "no file matches '" + g + "'", "check the pattern; it is relative to " + request.baseDir()));
        expansion.invalid().forEach((g, why) -> patterns.error(RuleId.PARAMETER, Location.of(g), "files",
                "'" + g + "' is not a valid glob: " + why, "correct the pattern (* ? [abc] {a,b} **/)"));
        // the user's catalogs are overlaid on the releases the files need, when a file first needs one
        Map<String, CatalogOverlays.Result> overlays = new LinkedHashMap<>();
        Function<String, CatalogOverlays.Result> catalogs = r -> overlays.computeIfAbsent(r,
                x -> CatalogOverlays.apply(BundledCatalogs.get(x), request.catalogs()));
        if (release != null && BundledCatalogs.isKnown(release)) {
            requestProblems.addAll(catalogs.apply(release).problems());
        }
        if (requestProblems.hasErrors()) {
            return new ValidateRun(policyName, requestProblems.addAll(patterns.sorted()).sorted(), List.of());
        }
        requestProblems.addAll(patterns.sorted());
        Map<String, String> allow = new LinkedHashMap<>();
        request.allowUnsupported().stream().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(t -> allow.put(t, "allowed by <allowUnsupported>"));
        List<FileResult> results = new ArrayList<>();
        for (FileSet.Entry f : expansion.files()) {
            results.add(check(f, release, policy, allow, catalogs, request));
        }
        return new ValidateRun(policyName, requestProblems.sorted(), results);
    }

    /** One file; never throws. */
    FileResult check(FileSet.Entry file, String release, Policy policy, Map<String, String> allow,
            Function<String, CatalogOverlays.Result> catalogs, ValidateRequest request) {
        Problems problems = new Problems();
        ReleaseGuess used = null;
        try {
            SafeYamlReader reader = new SafeYamlReader(YamlLimits.DEFAULT,
                    policy.lcs() ? DuplicateKeys.ERROR : DuplicateKeys.LAST_WINS);
            YamlDocument doc = reader.read(file.path(), file.display());
            problems.addAll(doc.problems());
            if (doc.root().isPresent() && LcsFiles.applies(doc.root().get(), request.kind())) {
                used = doc.root().get() instanceof YMap lcs ? LcsFiles.check(lcs, file.path(), file.display(), release,
                        policy, allow, catalogs, request.synthesizedOutput(), problems).release() : null;
            } else if (doc.root().isPresent()) {
                used = release != null ? ReleaseGuess.given(release) : ReleaseGuess.guess(doc.root().get());
                CatalogOverlays.Result overlaid = catalogs.apply(used.release());
                if (release == null) {
                    problems.addAll(overlaid.problems());
                }
                if (overlaid.catalog().isPresent()) {
                    RunYamlResult r = new RunYamlReader(policy).read(doc.root().get(), file.display(), used, allow,
                            overlaid.catalog().get());
                    r.problems().stream().filter(p -> !p.is(RuleId.ALLOW_UNUSED)).forEach(problems::add);
                }
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.error(RuleId.INTERNAL_ERROR, Location.of(file.display()), "", "the validator failed on this file ("
                    + e.getClass().getSimpleName() + ")", "please report this as a bug, with the file");
        }
        return new FileResult(file.display(), used, problems.sorted());
    }

}
