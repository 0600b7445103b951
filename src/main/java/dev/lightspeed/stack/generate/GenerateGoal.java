package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.declaration.DeclarationText;
import dev.lightspeed.stack.incremental.Stamp;
import dev.lightspeed.stack.incremental.StampedGenerate;
import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.io.OwnInputs;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The generate goal without Maven: checks the parameters (rule ids {@code parameter}, {@code declaration-conflict},
 * {@code declaration-missing}, {@code file-unreadable}, {@code output-is-input}), chooses between the declaration
 * file and provider types from the build file (a module without either, whose declaration path is the default, is
 * skipped), and then either replays the last run when its stamp proves that
 * nothing changed, or generates. What to write, and writing it, is the returned {@link GenerateRun}'s. Stateless.
 */
public final class GenerateGoal {

    /** How messages and run.yaml's header name a declaration made of provider types in the POM. */
    public static final String POM_PROVIDERS = "pom.xml <providers>";

    private GenerateGoal() {
    }

    public static GenerateRun run(GenerateParameters p) {
        Problems problems = new Problems();
        Optional<PyprojectMode> mode = PyprojectMode.parse(p.pyprojectMode());
        if (mode.isEmpty()) {
            problems.error(RuleId.PARAMETER, Location.of(p.buildFileName()), "pyprojectMode",
                    "unknown <pyprojectMode> '"
                    + p.pyprojectMode() + "'", "use write, check, fragment, off or auto, e.g."
                    + " -Dlightspeed.pyprojectMode=check");
        }
        if (!problems.hasErrors() && p.declarationDefault() && !p.declaresProviders()
                && !Files.exists(p.declarationFile())) {
            return GenerateRun.skipped("lightspeed:generate: nothing to generate in this module: no declaration at "
                    + p.declarationName() + " and no <providers> (a declaration set with <declaration> or"
                    + " -Dlightspeed.declaration must exist)");
        }
        byte[] declaration = declaration(p, problems);
        if (problems.hasErrors()) {
            return GenerateRun.failed(problems.sorted());
        }
        GenerateRequest request = new GenerateRequest(declaration, p.declaresProviders() ? POM_PROVIDERS
                : p.declarationName(), p.llamaStack(), p.catalogs(), p.outputDirectory(), p.allowLiteralSecrets(),
                new PyprojectTarget(p.pyproject(), p.pyprojectName(), p.projectDir(), mode.get(),
                        PyprojectMode.inCi(p.environment())));
        checkOutputs(p, request, problems);
        if (problems.hasErrors()) {
            return GenerateRun.failed(problems.sorted());
        }
        StampedGenerate stamps = p.stampFile() == null ? null : new StampedGenerate(p.stampFile(), p.settings());
        Optional<Stamp> stamp = upToDate(stamps, request);
        if (stamp.isPresent()) {
            return GenerateRun.replay(stamp.get(), request);
        }
        return GenerateRun.generated(new StackGenerator().generate(request), request, stamps);
    }

    /** The declaration's bytes: provider types from the build file, or the declaration file; exactly one. */
    private static byte[] declaration(GenerateParameters p, Problems out) {
        Path file = p.declarationFile();
        boolean hasFile = Files.exists(file); // a directory or a device is reported for what it is, below
        String name = p.declarationName();
        if (hasFile && p.declaresProviders()) {
            out.error(RuleId.DECLARATION_CONFLICT, Location.of(name), "", "both " + name + " and <providers> declare"
                    + " providers", "keep one: remove <providers> from the POM, or the file");
            return null;
        }
        if (p.declaresProviders()) {
            return DeclarationText.fromProviderTypes(p.distribution(), p.providers());
        }
        if (!hasFile) {
            out.error(RuleId.DECLARATION_MISSING, Location.of(p.buildFileName()), "", "no declaration: " + name
                    + " does not exist"
                    + " and no <providers> are configured", "create " + name + " with"
                    + " 'providers: [{type: remote::openai, api: inference}]', set <declaration> /"
                    + " -Dlightspeed.declaration, or list <providers> in the POM");
            return null;
        }
        try {
            return InputFile.read(file);
        } catch (InputFileException e) {
            if (e.kind() == InputFileException.Kind.DIRECTORY) {
                String trimmed = name.replaceAll("/+$", "");
                out.error(RuleId.FILE_UNREADABLE, Location.of(name), "", "is a directory; the declaration is one"
                        + " YAML file", trimmed.matches("(?i).*\\.ya?ml") ? "replace the directory by the declaration"
                        + " file, or set <declaration> / -Dlightspeed.declaration to another file" : "set <declaration>"
                        + " / -Dlightspeed.declaration to the file itself, e.g. " + trimmed + "/stack.yaml");
            } else {
                out.error(RuleId.FILE_UNREADABLE, Location.of(name), "", e.reason(), e.fix());
            }
            return null;
        }
    }

    /** No output may be written over one of the goal's inputs. */
    private static void checkOutputs(GenerateParameters p, GenerateRequest request, Problems out) {
        OwnInputs inputs = new OwnInputs().addAll(p.catalogs());
        if (!p.declaresProviders()) {
            inputs.add(p.declarationFile(), p.declarationName());
        }
        if (request.pyproject().enabled()) {
            inputs.add(p.pyproject(), p.pyprojectName());
        }
        String fix = "write the outputs to another directory (<outputDirectory> / -Dlightspeed.outputDirectory)";
        Optional<Problem> runYaml = inputs.check(p.outputDirectory().resolve(StackGenerator.RUN_YAML),
                StackGenerator.RUN_YAML, fix);
        if (runYaml.isPresent()) {
            out.add(runYaml.get());
        }
        if (request.pyproject().writesFragment()) {
            Optional<Problem> fragment = inputs.check(p.outputDirectory().resolve(LlslibdevStep.FRAGMENT),
                    LlslibdevStep.FRAGMENT, fix);
            if (fragment.isPresent()) {
                out.add(fragment.get());
            }
        }
    }

    /** A stamp that cannot be checked (an input that cannot be read) means generating: that reports the input. */
    private static Optional<Stamp> upToDate(StampedGenerate stamps, GenerateRequest request) {
        try {
            return stamps == null ? Optional.empty() : stamps.upToDate(request);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
