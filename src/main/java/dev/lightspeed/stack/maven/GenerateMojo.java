package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.declaration.DeclarationText;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.PyprojectMode;
import dev.lightspeed.stack.generate.PyprojectTarget;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.incremental.Stamp;
import dev.lightspeed.stack.incremental.StampedGenerate;
import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.io.Output;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Turns the project's declaration of wanted llama-stack providers into a validated {@code run.yaml} (with its
 * resource registrations) for the target release, and the matching {@code llslibdev} dependency group in
 * {@code pyproject.toml}. Every problem is reported at once with file:line:column and a fix;
 * when any is an error, nothing is written. An unchanged output is not rewritten.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

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

    /** Target llama-stack release ({@code 0.3.5}, {@code 0.2.22}); overrides the declaration's {@code llamaStack}. */
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

    /** Skip this goal. */
    @Parameter(property = "lightspeed.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Component
    MavenProjectHelper projectHelper;

    /** m2e's (or the command line's) build context: incremental skips, refreshes, problem markers. */
    @Component
    BuildContext buildContext;

    /** How messages and run.yaml's header name a declaration made of {@code <providers>}. */
    static final String POM_PROVIDERS = "pom.xml <providers>";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (MavenReporting.skipped(skip, "generate", getLog())) {
            return;
        }
        Path base = project.getBasedir().toPath();
        PyprojectMode mode = PyprojectMode.parse(pyprojectMode).orElseThrow(() -> new MojoFailureException(
                "lightspeed:generate: unknown <pyprojectMode> '" + pyprojectMode + "' (fix: use write, check, fragment,"
                        + " off or auto, e.g. -Dlightspeed.pyprojectMode=check)"));
        byte[] declared = declarationBytes(base);
        String declaredName = declaresInPom() ? POM_PROVIDERS : MavenPaths.display(base, declaration.toPath());
        GenerateRequest request = new GenerateRequest(declared, declaredName, llamaStack, MavenPaths.files(catalogs),
                outputDirectory.toPath(), allowLiteralSecrets, new PyprojectTarget(pyproject.toPath(),
                MavenPaths.display(base, pyproject.toPath()), base, mode));
        IdeBuild ide = new IdeBuild(buildContext);
        if (ide.nothingChanged(inputFiles())) {
            getLog().debug("lightspeed:generate: no input changed in this incremental build");
            finish();
            return;
        }
        StampedGenerate stamps = new StampedGenerate(stampFile(), Map.of("failOnWarning",
                Boolean.toString(failOnWarning)));
        Optional<Stamp> stamp = upToDate(stamps, request);
        if (stamp.isPresent()) {
            replay(base, stamp.get());
            finish();
            return;
        }
        GenerateResult result = new StackGenerator().generate(request);
        logCatalogParse(result);
        ide.mark(markerFiles(base), result.problems());
        MavenReporting.report("lightspeed:generate failed", result.problems(), getLog(), failOnWarning);
        for (Output out : result.outputs()) {
            write(base, out, ide);
        }
        saveStamp(stamps, request, result);
        finish();
    }

    private boolean declaresInPom() {
        return providers != null && !providers.isEmpty();
    }

    private byte[] declarationBytes(Path base) throws MojoFailureException, MojoExecutionException {
        boolean hasFile = declaration.exists(); // a directory or a device is reported for what it is, below
        boolean hasList = declaresInPom();
        String name = MavenPaths.display(base, declaration.toPath());
        if (hasFile && hasList) {
            throw new MojoFailureException("lightspeed:generate: both " + name + " and <providers> declare providers;"
                    + " keep one (remove <providers> from the POM, or the file)");
        }
        if (hasList) {
            return DeclarationText.fromProviderTypes(distribution, providers);
        }
        if (!hasFile) {
            throw new MojoFailureException("lightspeed:generate: no declaration: " + name + " does not exist and no"
                    + " <providers> are configured (fix: create " + name + " with 'providers: [{type: remote::openai}]'"
                    + ", set <declaration> / -Dlightspeed.declaration, or list <providers> in the POM)");
        }
        try {
            return InputFile.read(declaration.toPath());
        } catch (InputFileException e) {
            throw new MojoFailureException("lightspeed:generate: " + name + ": file-unreadable: " + e.reason()
                    + " (fix: " + e.fix() + ")");
        }
    }

    private void write(Path base, Output out, IdeBuild ide) throws MojoExecutionException {
        boolean written = MavenPaths.writeIfChanged(out);
        if (written) {
            ide.refresh(out.path().toFile());
        }
        getLog().info((written ? "wrote " : "up to date: ") + MavenPaths.display(base, out.path()));
    }

    /** Says once per actual parse of a bundled catalog (once per release per JVM; the reactor IT counts these lines). */
    private void logCatalogParse(GenerateResult result) {
        BundledCatalogs.unreportedParses().ifPresent(parses -> getLog().info("lightspeed: catalog "
                + result.declaration().map(d -> d.llamaStack()).orElse("?") + " parsed (parses in this JVM: " + parses
                + ")"));
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
        MavenPaths.files(catalogs).forEach(p -> files.add(p.toFile()));
        return files;
    }

    /** Problem locations (display names) → the files IDE markers go on. */
    private Map<String, File> markerFiles(Path base) {
        Map<String, File> m = new LinkedHashMap<>();
        inputFiles().forEach(f -> m.put(MavenPaths.display(base, f.toPath()), f));
        if (project.getFile() != null) {
            m.put(POM_PROVIDERS, project.getFile());
        }
        return m;
    }

    private static Optional<Stamp> upToDate(StampedGenerate stamps, GenerateRequest request)
            throws MojoExecutionException {
        try {
            return stamps.upToDate(request);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** {@code target/lightspeed-stamps/<execution id>.stamp} (outside the output directory, which is packaged). */
    private Path stampFile() {
        String target = project.getBuild() == null ? null : project.getBuild().getDirectory();
        Path dir = target != null ? Path.of(target) : project.getBasedir().toPath().resolve("target");
        String id = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
        return dir.resolve("lightspeed-stamps").resolve(id + ".stamp");
    }

    /** A run that changes nothing says what a generating run would: its messages, then "up to date" per output. */
    private void replay(Path base, Stamp stamp) {
        MavenReporting.log(stamp.problems(), getLog());
        stamp.outputs().forEach(o -> getLog().info("up to date: " + MavenPaths.display(base, o.path())));
    }

    /** Records this successful run; a stamp that cannot be written only costs the next build a regeneration. */
    private void saveStamp(StampedGenerate stamps, GenerateRequest request, GenerateResult result) {
        try {
            stamps.record(request, result);
        } catch (IOException e) {
            getLog().warn("lightspeed:generate: cannot record " + stamps.stampFile() + " (" + e.getMessage()
                    + "); the next build regenerates");
        }
    }

    private void addResource() {
        String dir = outputDirectory.getAbsolutePath();
        if (project.getResources().stream().noneMatch(r -> dir.equals(r.getDirectory()))) {
            Resource r = new Resource();
            r.setDirectory(dir);
            project.addResource(r);
        }
    }
}
