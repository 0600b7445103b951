package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.CatalogOverlays;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.DeclarationReader;
import dev.lightspeed.stack.declaration.DeclarationResult;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.pyproject.DependencyGroup;
import dev.lightspeed.stack.schema.CheckMode;
import dev.lightspeed.stack.schema.ConfigSchemaChecker;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.Validator;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YNodes;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Declaration → validated run.yaml and the llslibdev group. Reads the declaration, assembles the stack against the
 * target release's catalog, runs every rule under the LCS policy, and only when nothing is an error renders run.yaml,
 * checks the result against the release's own run-config schema (a safety net for {@code override}) and builds the
 * llslibdev group for the pyproject mode. Stateless and thread-safe.
 */
public final class StackGenerator {

    public static final String RUN_YAML = "run.yaml";

    /** The llslibdev group's file beside run.yaml in {@code fragment} mode; never packaged. */
    public static final String FRAGMENT = LlslibdevStep.FRAGMENT;

    /** The rules only a declaration needs, run after the shared ones. */
    static final List<Rule> DECLARATION_RULES = List.of(new ResourceReferenceRule(), new GeneratedBackendsRule(),
            new DeclaredEmbeddingModelRule());

    private final DeclarationReader reader = new DeclarationReader();

    public GenerateResult generate(GenerateRequest req) {
        Problems problems = new Problems();
        DeclarationResult read = reader.read(req.declaration(), req.declarationName(), req.releaseOverride());
        problems.addAll(read.problems());
        if (read.declaration().isEmpty()) { // a declaration read despite errors (a misspelled key) is checked on
            return new GenerateResult(problems.sorted(), List.of(), read.declaration(), Optional.empty());
        }
        Declaration d = read.declaration().get();
        CatalogOverlays.Result overlaid = CatalogOverlays.apply(BundledCatalogs.get(d.llamaStack()), req.catalogs());
        problems.addAll(overlaid.problems());
        if (overlaid.catalog().isEmpty()) {
            return new GenerateResult(problems.sorted(), List.of(), Optional.of(d), Optional.empty());
        }
        Catalog catalog = overlaid.catalog().get();
        StackModel model = StackAssembler.assemble(d, catalog, problems);
        Validator.validate(model, Policy.LCS.withAllowLiteralSecrets(req.allowLiteralSecrets()), problems,
                DECLARATION_RULES);
        if (problems.hasErrors()) {
            return new GenerateResult(problems.sorted(), List.of(), Optional.of(d), Optional.of(model));
        }
        Map<String, Object> doc = RunYamlGenerator.document(model, d);
        String text = header(d, catalog) + YamlWriter.write(doc);
        String runYamlName = req.outputDirectory().resolve(RUN_YAML).toString();
        // without an override the document holds only values the writer renders faithfully (YamlRoundTripTest), so the
        // in-memory tree is checked; with one, the file is read back (once) so problems carry its line and column
        YamlDocument readBack = d.override() == null ? null : GeneratedFileCheck.readBack(text, runYamlName);
        YNode root = readBack == null ? YNodes.fromPlain(doc, Location.of(runYamlName)) : readBack.root().orElse(null);
        checkAgainstRelease(root, catalog, runYamlName, d, problems);
        if (!problems.hasErrors()) {
            GeneratedFileCheck.check(root, readBack, text, runYamlName, d, catalog, problems);
        }
        List<Output> outputs = new ArrayList<>();
        Map<Path, OutputBatch.Rewrite> rewrites = new HashMap<>();
        outputs.add(new Output(req.outputDirectory().resolve(RUN_YAML), text.getBytes(StandardCharsets.UTF_8), true));
        DependencyGroup group = null;
        if (req.pyproject().enabled()) {
            group = LlslibdevStep.group(model, d, problems);
            if (!problems.hasErrors()) {
                Optional<Output> edited = LlslibdevStep.apply(group, req.pyproject(), req.outputDirectory(),
                        problems, rewrites);
                if (edited.isPresent()) {
                    outputs.add(edited.get());
                }
            }
        }
        return new GenerateResult(problems.sorted(), problems.hasErrors() ? List.of() : List.copyOf(outputs),
                Optional.of(d), Optional.of(model), rewrites, Optional.ofNullable(group));
    }

    /**
     * The declaration and the stack it assembles, nothing rendered or checked: for a replayed run, whose warnings
     * about the generated file must still point at the declaration (empty parts when it does not read).
     */
    GenerateResult assemble(GenerateRequest req) {
        Problems ignored = new Problems();
        Optional<Declaration> d = reader.read(req.declaration(), req.declarationName(), req.releaseOverride())
                .declaration();
        Optional<StackModel> model = d.flatMap(x -> CatalogOverlays.apply(BundledCatalogs.get(x.llamaStack()),
                req.catalogs()).catalog()).map(c -> StackAssembler.assemble(d.get(), c, ignored));
        return new GenerateResult(List.of(), List.of(), d, model);
    }

    private static String header(Declaration d, Catalog c) {
        return "# Generated by lightspeed-stack-maven-plugin from " + d.file().replace('\\', '/')
                + " for " + c.displayName() + ". Do not edit: change the declaration.\n";
    }

    /** The rendered file must satisfy the release's top-level schema; a failure here comes from {@code override}. */
    private static void checkAgainstRelease(YNode root, Catalog c, String name, Declaration d, Problems out) {
        if (c.runConfigSchema().isMissingNode()) {
            return;
        }
        if (root == null) {
            out.error(RuleId.GENERATED_INVALID, Location.of(name), "", "the generated run.yaml does not read back",
                    "report this as a bug");
            return;
        }
        Problems found = new Problems();
        new ConfigSchemaChecker(c.runConfigSchema()).check(root, "", CheckMode.STRICT, found, null);
        for (Problem p : found.errors()) {
            OverrideLocator.Blame blame = OverrideLocator.blame(d, p.path(), p.location());
            out.error(RuleId.GENERATED_INVALID, blame.where(), p.path(), p.message() + " (" + c.displayName()
                    + " would reject the generated run.yaml)", blame.fix(p.fix()));
        }
    }
}
