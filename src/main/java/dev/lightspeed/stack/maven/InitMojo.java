package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.init.InitRequest;
import dev.lightspeed.stack.init.InitResult;
import dev.lightspeed.stack.init.StarterInit;
import dev.lightspeed.stack.io.Output;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a starter declaration ({@code src/main/lightspeed/stack.yaml}) for the given provider types, or for
 * LCS-supported defaults, with a copy of the declaration's JSON Schema beside it for editors. Needs nothing but a POM
 * (or not even that). An existing declaration is left alone unless {@code force}. What it writes passes
 * {@code generate}.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /**
     * Provider types, e.g. {@code -Dlightspeed.providers=remote::openai,inline::faiss}; {@code type@api} for a type
     * under several APIs ({@code inline::localfs@files}). Default: remote::openai@inference, inline::faiss,
     * remote::model-context-protocol.
     */
    @Parameter(property = "lightspeed.providers")
    List<String> providers;

    /**
     * Target release: {@code 1.0.2} (OGX), {@code 0.6.0}, {@code 0.5.2}, {@code 0.4.3}, {@code 0.3.5} or
     * {@code 0.2.22}; default {@code 1.0.2}, the newest release LCS pins.
     */
    @Parameter(property = "lightspeed.llamaStack", defaultValue = BundledCatalogs.DEFAULT_RELEASE)
    String llamaStack;

    /** The stack's {@code distribution} (run.yaml's {@code image_name}). */
    @Parameter(property = "lightspeed.distribution", defaultValue = "${project.artifactId}")
    String distribution;

    /** Where the declaration is written; the schema copy goes beside it. */
    @Parameter(property = "lightspeed.declaration", defaultValue = "${basedir}/src/main/lightspeed/stack.yaml")
    File declaration;

    /** Overwrite an existing declaration. */
    @Parameter(property = "lightspeed.force", defaultValue = "false")
    boolean force;

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
        if (MavenReporting.skipped(skip, "init", getLog())) {
            return;
        }
        Path base = basedir.toPath();
        String shown = MavenPaths.display(base, declaration.toPath());
        InitResult result = StarterInit.run(new InitRequest(declaration.toPath(), shown, llamaStack, providers,
                distribution, force));
        MavenReporting.report("lightspeed:init failed", result.problems(), getLog(), false);
        if (result.kept()) {
            getLog().info(shown + " exists and is left alone (-Dlightspeed.force=true overwrites it)");
            return;
        }
        for (Output out : result.outputs()) {
            boolean written = MavenPaths.writeIfChanged(out);
            getLog().info((written ? "wrote " : "up to date: ") + MavenPaths.display(base, out.path()));
        }
        getLog().info(NextStep.generate(project, plugin, base, declaration.toPath()));
    }
}
