package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OwnInputs;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.runyaml.ValidateReportJson;
import dev.lightspeed.stack.runyaml.ValidateRequest;
import dev.lightspeed.stack.runyaml.ValidateRun;
import dev.lightspeed.stack.runyaml.ValidateRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks hand-written llama-stack or OGX {@code run.yaml} files against a release and a policy ({@code lcs}, the
 * default: Lightspeed Core's support table and our stricter checks; {@code llama-stack}: llama-stack's own start-up
 * verdict, the rest as warnings). Needs no project: {@code mvn lightspeed:validate -Dlightspeed.files=run.yaml}; in a
 * project it can be bound to {@code verify}. The build fails when some file has an error (or a warning, with
 * {@code failOnWarning}); every file is checked and reported first. All logic is in {@link ValidateRunner}; this class
 * only maps parameters, log lines and the optional JSON report file.
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** The run.yaml files to check, relative to the base directory; globs allowed ({@code configs/*.yaml}). */
    @Parameter(property = "lightspeed.files")
    List<String> files;

    /**
     * The release to check against: {@code 1.0.2} (OGX), {@code 0.6.0}, {@code 0.5.2}, {@code 0.4.3},
     * {@code 0.3.5} or {@code 0.2.22}; default: guessed per file from its shape ({@code 1.0.2} when nothing in it
     * is release-specific).
     */
    @Parameter(property = "lightspeed.llamaStack")
    String llamaStack;

    /** {@code lcs} (Lightspeed Core's policy) or {@code llama-stack} (llama-stack's own verdict). */
    @Parameter(property = "lightspeed.policy", defaultValue = "lcs")
    String policy;

    /**
     * Where to write the JSON report (optional). It holds what the log shows, no secret: a new file gets the usual
     * mode (umask), an existing one keeps its mode, and an unchanged report is not rewritten.
     */
    @Parameter(property = "lightspeed.report")
    File report;

    /** Provider types accepted although Lightspeed Core does not support them ({@code inline::llama-guard}). */
    @Parameter(property = "lightspeed.allowUnsupported")
    List<String> allowUnsupported;

    /** User catalog files overlaid on the bundled catalogs ({@code -Dlightspeed.catalogs=a.yaml,b.yaml}). */
    @Parameter(property = "lightspeed.catalogs")
    List<File> catalogs;

    /**
     * What the files are: {@code auto} (by content: a mapping with {@code llama_stack:} is a lightspeed-stack.yaml),
     * {@code lightspeed-stack} or {@code run}.
     */
    @Parameter(property = "lightspeed.kind", defaultValue = "auto")
    String kind;

    /** Writes the run configuration LCS would synthesize from each lightspeed-stack.yaml to DIR/&lt;name&gt;-run.yaml. */
    @Parameter(property = "lightspeed.synthesizedOutput")
    File synthesizedOutput;

    /** Skips the goal. */
    @Parameter(property = "lightspeed.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build on warnings too. */
    @Parameter(property = "lightspeed.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** The directory relative file names start from: the project's, or the current one without a project. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (MavenReporting.skipped(skip, "validate", log)) {
            return;
        }
        Path base = basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath();
        ValidateRun run = new ValidateRunner().run(new ValidateRequest(base, files, llamaStack, policy,
                allowUnsupported, MavenPaths.files(catalogs), kind, synthesizedOutput == null ? null
                        : base.resolve(synthesizedOutput.toPath())));
        run.lines().forEach(line -> MavenReporting.log(line.level(), line.text(), log));
        if (report != null) {
            MavenReporting.report("lightspeed:validate failed", overwritesInput(base, run), log, false);
            write(report.toPath(), ValidateReportJson.render(run));
        }
        if (run.hasErrors()) {
            throw new MojoFailureException(run.failureMessage());
        }
        if (failOnWarning && run.hasWarnings()) {
            throw new MojoFailureException(run.summary() + " (failing on warnings: lightspeed.failOnWarning)");
        }
    }

    /** The report may not replace a checked file or a catalog ({@link OwnInputs}). */
    private List<Problem> overwritesInput(Path base, ValidateRun run) {
        OwnInputs inputs = new OwnInputs().addAll(MavenPaths.files(catalogs));
        run.files().forEach(f -> inputs.add(base.resolve(f.path()), f.path()));
        return inputs.check(report.toPath(), "report", "write the report to another file (-Dlightspeed.report=…)")
                .stream().toList();
    }

    private static void write(Path target, byte[] bytes) throws MojoExecutionException {
        try {
            AtomicWriter.writeIfChanged(new Output(target, bytes, false));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the report " + target + ": " + e.getMessage(), e);
        }
    }
}
