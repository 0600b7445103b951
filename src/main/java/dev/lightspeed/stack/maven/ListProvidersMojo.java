package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.listing.ListRequest;
import dev.lightspeed.stack.listing.ProviderListing;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the provider catalog of a llama-stack or OGX release with Lightspeed Core's support for each provider, like
 * {@code llama stack list-providers}: as a table or as JSON, to the log or to a file. Needs no project:
 * {@code mvn dev.lightspeed:lightspeed-stack-maven-plugin:list-providers -Dlightspeed.api=inference}.
 */
@Mojo(name = "list-providers", requiresProject = false, threadSafe = true)
public class ListProvidersMojo extends AbstractMojo {

    /**
     * The release whose catalog to list: {@code 1.0.2} (OGX), {@code 0.6.0}, {@code 0.5.2}, {@code 0.4.3},
     * {@code 0.3.5} or {@code 0.2.22}; default {@code 1.0.2}, the newest release LCS pins.
     */
    @Parameter(property = "lightspeed.llamaStack", defaultValue = BundledCatalogs.DEFAULT_RELEASE)
    String llamaStack;

    /** Only the providers of this API ({@code inference}, {@code vector_io}, …); all when unset. */
    @Parameter(property = "lightspeed.api")
    String api;

    /** {@code table} or {@code json}. */
    @Parameter(property = "lightspeed.format", defaultValue = "table")
    String format;

    /** Write the listing to this file (UTF-8, {@code \n}) instead of the log; an unchanged file is left as it is. */
    @Parameter(property = "lightspeed.output")
    File output;

    /** User catalog files overlaid on the bundled one, in order ({@code -Dlightspeed.catalogs=a.yaml,b.yaml}). */
    @Parameter(property = "lightspeed.catalogs")
    List<File> catalogs;

    /** Skip this goal. */
    @Parameter(property = "lightspeed.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (MavenReporting.skipped(skip, "list-providers", getLog())) {
            return;
        }
        ProviderListing.Listing listing = ProviderListing.run(new ListRequest(llamaStack, api, format,
                MavenPaths.files(catalogs)));
        MavenReporting.report("lightspeed:list-providers failed", listing.problems(), getLog(), false);
        String text = listing.text().orElseThrow();
        if (output == null) {
            text.lines().forEach(getLog()::info);
            return;
        }
        boolean written = MavenPaths.writeIfChanged(new Output(output.toPath(), text.getBytes(StandardCharsets.UTF_8),
                false));
        getLog().info((written ? "wrote " : "unchanged: ") + listing.summary() + " in " + output);
    }
}
