package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.importer.ImportFiles;
import dev.lightspeed.stack.importer.ImportFilesRequest;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.lcs.LegacyPairImport;
import dev.lightspeed.stack.problem.Problem;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Turns an existing llama-stack or OGX {@code run.yaml} (and, optionally, the {@code llslibdev} group of a
 * {@code pyproject.toml}) into a declaration for the {@code generate} goal, for the source's release or migrated to
 * another. Needs no project. Unsupported providers become {@code allowUnsupported} entries, literal secrets become
 * environment references, and whatever cannot be carried over is listed in the log and at the top of the
 * declaration. Refuses a source with errors, and an existing declaration, unless {@code force}.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /** The run.yaml to import (required: without it the goal fails naming the option). */
    @Parameter(property = "lightspeed.from")
    File from;

    /**
     * Target release: {@code 1.0.2} (OGX), {@code 0.6.0}, {@code 0.5.2}, {@code 0.4.3}, {@code 0.3.5} or
     * {@code 0.2.22}; default: the release the source is written for.
     */
    @Parameter(property = "lightspeed.llamaStack")
    String llamaStack;

    /** Where the declaration is written; an existing file is overwritten only with {@code force}. */
    @Parameter(property = "lightspeed.declaration", defaultValue = "${basedir}/src/main/lightspeed/stack.yaml")
    File declaration;

    /** An existing pyproject.toml whose {@code llslibdev} group becomes the declaration's {@code dependencies:}. */
    @Parameter(property = "lightspeed.pyproject")
    File pyproject;

    /** Import a source that has errors (reported as warnings), and overwrite an existing declaration. */
    @Parameter(property = "lightspeed.force", defaultValue = "false")
    boolean force;

    /**
     * For a legacy pair ({@code from} is a lightspeed-stack.yaml with {@code library_client_config_path}): where the
     * unified lightspeed-stack.yaml goes; default {@code <from without extension>-unified.yaml} beside it.
     */
    @Parameter(property = "lightspeed.unifiedOutput")
    File unifiedOutput;

    /** Skip this goal. */
    @Parameter(property = "lightspeed.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (MavenReporting.skipped(skip, "import", getLog())) {
            return;
        }
        Path base = basedir.toPath();
        ImportFilesRequest request = new ImportFilesRequest(from == null ? null : from.toPath(),
                from == null ? null : MavenPaths.display(base, from.toPath()), llamaStack, declaration.toPath(),
                MavenPaths.display(base, declaration.toPath()),
                pyproject == null ? null : pyproject.toPath(), pyproject == null ? null : MavenPaths.display(base,
                pyproject.toPath()), force);
        byte[] source = ImportFiles.source(request);
        if (source != null && LegacyPairImport.applies(source, request.fromName())) {
            importLegacyPair(base, request, source);
            return;
        }
        ImportFiles run = ImportFiles.run(request, source);
        MavenReporting.report("lightspeed:import failed", run.result().problems(), getLog(), false);
        if (run.output().isPresent()) {
            write(base, run.output().get(), run.result().targetRelease());
        }
    }

    /** A lightspeed-stack.yaml in legacy mode: its run.yaml becomes the declaration, the file a unified one. */
    private void importLegacyPair(Path base, ImportFilesRequest request, byte[] source)
            throws MojoExecutionException, MojoFailureException {
        LegacyPairImport pair = LegacyPairImport.run(request, source,
                base.resolve("target/generated-resources/lightspeed/run.yaml"),
                unifiedOutput == null ? null : unifiedOutput.toPath());
        List<Problem> problems = new ArrayList<>(pair.problems());
        if (pair.imported() != null) {
            problems.addAll(pair.imported().result().problems());
        }
        MavenReporting.report("lightspeed:import failed", problems, getLog(), false);
        if (pair.unified().isPresent()) {
            write(base, pair.imported().output().get(), pair.imported().result().targetRelease());
            Path unified = pair.unified().get().path();
            boolean written = MavenPaths.writeIfChanged(pair.unified().get());
            getLog().info((written ? "wrote " : "up to date: ") + MavenPaths.display(base, unified)
                    + " (LCS unified mode: llama_stack.config.profile names the run.yaml generate writes); replace "
                    + MavenPaths.display(base, from.toPath()) + " with it");
        }
    }

    private void write(Path base, Output out, String release) throws MojoExecutionException {
        boolean written = MavenPaths.writeIfChanged(out);
        getLog().info((written ? "wrote " : "up to date: ") + MavenPaths.display(base, out.path())
                + " (" + BundledCatalogs.displayName(release) + "); " + NextStep.generate(project, plugin, base,
                out.path()));
    }
}
