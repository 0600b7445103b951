package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.generate.GenerateGoal;
import dev.lightspeed.stack.generate.GenerateParameters;
import dev.lightspeed.stack.generate.GenerateRun;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.incremental.StampedGenerate;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.lcs.LcsProfileCheck;
import dev.lightspeed.stack.lcs.ProfileOrigins;
import dev.lightspeed.stack.problem.Location;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Turns the project's declaration of wanted llama-stack (OGX) providers into a validated {@code run.yaml} (with its
 * resource registrations) for the target release, and the matching {@code llslibdev} dependency group in
 * {@code pyproject.toml}. Every problem is reported at once with file:line:column and a fix;
 * when any is an error, nothing is written. An unchanged output is not rewritten.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The declaration's default path, relative to the project: a module without it is skipped. */
    static final String DEFAULT_DECLARATION = "src/main/lightspeed/stack.yaml";

    /** The declaration file (YAML; its JSON Schema ships in the plugin jar and in the repository's schema/). */
    @Parameter(property = "lightspeed.declaration", defaultValue = "${project.basedir}/src/main/lightspeed/stack.yaml")
    File declaration;

    /**
     * For simple stacks without a declaration file: the provider types, e.g.
     * {@code <providers><provider>remote::openai</provider></providers>} or {@code -Dlightspeed.providers=a,b}.
     */
    @Parameter(property = "lightspeed.providers")
    List<String> providers;

    /** image_name for a stack declared with {@code <providers>}. */
    @Parameter(property = "lightspeed.distribution", defaultValue = "${project.artifactId}")
    String distribution;

    /**
     * Target release: {@code 1.0.2} (OGX), {@code 0.6.0}, {@code 0.5.2}, {@code 0.4.3}, {@code 0.3.5} or
     * {@code 0.2.22}; overrides the declaration's {@code llamaStack} (whose default is {@code 1.0.2}, the newest
     * release LCS pins).
     */
    @Parameter(property = "lightspeed.llamaStack")
    String llamaStack;

    /** Where run.yaml is written; the directory is added to the project's resources. */
    @Parameter(property = "lightspeed.outputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/lightspeed")
    File outputDirectory;

    /** User catalog files overlaid on the bundled catalog ({@code -Dlightspeed.catalogs=a.yaml,b.yaml}). */
    @Parameter(property = "lightspeed.catalogs")
    List<File> catalogs;

    /** The pyproject.toml whose {@code llslibdev} dependency group this goal keeps up to date. */
    @Parameter(property = "lightspeed.pyproject", defaultValue = "${project.basedir}/pyproject.toml")
    File pyproject;

    /**
     * {@code write} the group into {@code <pyproject>}, {@code check} that it is up to date (fails the build
     * otherwise; for CI), write it as {@code llslibdev.toml} beside run.yaml ({@code fragment}), or {@code off}.
     * Default {@code auto}: write when the file exists, fragment otherwise.
     */
    @Parameter(property = "lightspeed.pyprojectMode", defaultValue = "auto")
    String pyprojectMode;

    /** Accept literal values in secret fields (api_key, password, …) with a warning instead of an error. */
    @Parameter(property = "lightspeed.allowLiteralSecrets", defaultValue = "false")
    boolean allowLiteralSecrets;

    /** Fail the build on warnings too. */
    @Parameter(property = "lightspeed.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Attach run.yaml to the build (classifier {@code run}, type {@code yaml}) so install/deploy carry it. */
    @Parameter(property = "lightspeed.attach", defaultValue = "false")
    boolean attach;

    /**
     * The project's Lightspeed Core configuration: when the file exists, the generated run.yaml is checked as the
     * profile it starts from, and the run configuration LCS synthesizes on top of it must pass too.
     */
    @Parameter(property = "lightspeed.lightspeedStack", defaultValue = "${project.basedir}/lightspeed-stack.yaml")
    File lightspeedStack;

    /** Skip this goal. */
    @Parameter(property = "lightspeed.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** The environment variables ({@code CI} decides what {@code auto} does); tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Component
    MavenProjectHelper projectHelper;

    /** m2e's (or the command line's) build context: incremental skips, refreshes, problem markers. */
    @Component
    BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (MavenReporting.skipped(skip, "generate", getLog())) {
            return;
        }
        IdeBuild ide = new IdeBuild(buildContext);
        if (ide.nothingChanged(inputFiles())) {
            getLog().debug("lightspeed:generate: no input changed in this incremental build");
            finish();
            return;
        }
        Path base = project.getBasedir().toPath();
        Path root = MavenPaths.projectRoot(project, session);
        Function<Path, String> shown = new Shown(base, root);
        Path defaultDeclaration = base.resolve(DEFAULT_DECLARATION);
        GenerateRun run = GenerateGoal.run(new GenerateParameters(declaration.toPath(),
                shown.apply(declaration.toPath()), providers, distribution, llamaStack,
                MavenPaths.files(catalogs), outputDirectory.toPath(), pyproject.toPath(),
                shown.apply(pyproject.toPath()), root,
                pyprojectMode, allowLiteralSecrets, buildFileName(shown), stampFile(),
                Map.of("failOnWarning", Boolean.toString(failOnWarning)),
                declaration.toPath().toAbsolutePath().normalize().equals(defaultDeclaration.toAbsolutePath()
                        .normalize()), environment));
        if (run.skipped().isPresent()) {
            getLog().info(run.skipped().get());
            return;
        }
        if (run.replayed()) {
            MavenReporting.log(run.problems(), getLog());
            checkLightspeedStack(shown, outputDirectory.toPath().resolve(StackGenerator.RUN_YAML), null, Map.of(),
                    llamaStack, run);
            run.replayedOutputs().forEach(o -> getLog().info("up to date: " + shown.apply(o)));
            getLog().info(run.summary(GenerateRun.Written.NONE, shown));
            finish();
            return;
        }
        logCatalogParse(run);
        ide.mark(markerFiles(shown), run.problems());
        MavenReporting.report("lightspeed:generate failed", run.problems(), getLog(), failOnWarning);
        if (run.runYaml().isPresent()) {
            checkLightspeedStack(shown, run.runYaml().get().path(), run.runYaml().get().bytes(),
                    run.allowUnsupported(), run.release().orElse(llamaStack), run);
        }
        GenerateRun.Written written = run.write();
        MavenReporting.report("lightspeed:generate failed", written.problems(), getLog(), false);
        for (OutputBatch.Result r : written.results()) {
            if (r.written()) {
                ide.refresh(r.output().path().toFile());
            }
            getLog().info((r.written() ? "wrote " : "up to date: ") + shown.apply(r.output().path()));
        }
        if (written.removed().isPresent()) {
            getLog().info("removed " + shown.apply(written.removed().get())
                    + " (pyprojectMode is no longer fragment)");
        }
        Optional<String> notRecorded = run.record(written);
        if (notRecorded.isPresent()) {
            getLog().warn(notRecorded.get());
        }
        getLog().info(run.summary(written, shown));
        finish();
    }

    /** The project's lightspeed-stack.yaml, when there is one, against the run.yaml (bytes null: the one on disk). */
    private void checkLightspeedStack(Function<Path, String> shown, Path runYaml, byte[] bytes,
            Map<String, String> allow, String release, GenerateRun run) throws MojoFailureException {
        Path lcs = lightspeedStack == null ? null : lightspeedStack.toPath();
        ProfileOrigins origins = new ProfileOrigins() { // a class, not a lambda to spin on a build's first call
            @Override
            public Optional<Location> provider(String api, String providerId, String path) {
                return run.declaredProvider(api, providerId, path);
            }
        };
        MavenReporting.report("lightspeed:generate failed: LCS's configuration "
                + (lcs == null ? "" : shown.apply(lcs)), LcsProfileCheck.forProject(lcs,
                        lcs == null ? null : shown.apply(lcs), runYaml, shown.apply(runYaml),
                        bytes, release, MavenPaths.files(catalogs), allow, origins), getLog(), failOnWarning);
    }

    /** How problems with the goal's parameters name the file they are set in. */
    private String buildFileName(Function<Path, String> shown) {
        return project.getFile() == null ? "pom.xml" : shown.apply(project.getFile().toPath());
    }

    /** Says at DEBUG once per actual parse of a bundled catalog (once per release per JVM; the reactor IT counts). */
    private void logCatalogParse(GenerateRun run) {
        OptionalInt parses = BundledCatalogs.unreportedParses();
        if (parses.isPresent()) {
            getLog().debug("lightspeed: catalog " + run.release().orElse("?") + " parsed (parses in this JVM: "
                    + parses.getAsInt() + ")");
        }
    }

    /** After the outputs exist: add the output directory to the resources, attach run.yaml if asked. */
    private void finish() {
        addResource();
        if (attach) {
            projectHelper.attachArtifact(project, "yaml", "run",
                    outputDirectory.toPath().resolve(StackGenerator.RUN_YAML).toFile());
        }
    }

    /** The files whose change can change the outputs: the declaration, pyproject.toml and the user catalogs. */
    private List<File> inputFiles() {
        List<File> files = new ArrayList<>(List.of(declaration, pyproject));
        if (project.getFile() != null) {
            files.add(project.getFile()); // <providers> may declare the stack
        }
        for (Path p : MavenPaths.files(catalogs)) {
            files.add(p.toFile());
        }
        return files;
    }

    /** Problem locations (display names) → the files IDE markers go on. */
    private Map<String, File> markerFiles(Function<Path, String> shown) {
        Map<String, File> m = new LinkedHashMap<>();
        for (File f : inputFiles()) {
            m.put(shown.apply(f.toPath()), f);
        }
        if (project.getFile() != null) {
            m.put(GenerateGoal.POM_PROVIDERS, project.getFile());
        }
        return m;
    }

    /** This execution's stamp file ({@link StampedGenerate#stampFile}) under the build directory. */
    private Path stampFile() {
        String target = project.getBuild() == null ? null : project.getBuild().getDirectory();
        return StampedGenerate.stampFile(target != null ? Path.of(target) : project.getBasedir().toPath()
                .resolve("target"), mojoExecution == null ? null : mojoExecution.getExecutionId());
    }

    /** The output directory as a resource, without the llslibdev fragment: that is for pyproject.toml, not the jar. */
    private void addResource() {
        String dir = outputDirectory.getAbsolutePath();
        for (Resource existing : project.getResources()) {
            if (dir.equals(existing.getDirectory())) {
                return;
            }
        }
        Resource r = new Resource();
        r.setDirectory(dir);
        r.addExclude(StackGenerator.FRAGMENT);
        project.addResource(r);
    }

    /** How this module's messages and the generated header show a path ({@link MavenPaths#display(Path, Path, Path)}). */
    private record Shown(Path base, Path root) implements Function<Path, String> {
        @Override
        public String apply(Path p) {
            return MavenPaths.display(base, root, p);
        }
    }
}
