package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.report.StackReport;
import dev.lightspeed.stack.report.StackReports;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A Maven site report of the stack the project declares: providers per API with Lightspeed Core's support and the
 * reason, every {@code allowUnsupported} exception with its reason, the resources, the {@code llslibdev}
 * requirements per provider, and any problem {@code generate} would report. Add it under {@code <reporting>} and run
 * {@code mvn site}, or run {@code mvn lightspeed:report} alone. Skipped when the project has no declaration.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The declaration file. */
    @Parameter(property = "lightspeed.declaration", defaultValue = "${project.basedir}/src/main/lightspeed/stack.yaml")
    File declaration;

    /** Target release; wins over the declaration's {@code llamaStack}. */
    @Parameter(property = "lightspeed.llamaStack")
    String llamaStack;

    /** User catalog files overlaid on the bundled catalog, in order. */
    @Parameter(property = "lightspeed.catalogs")
    List<File> catalogs;

    /** Skip this report. */
    @Parameter(property = "lightspeed.skip", defaultValue = "false")
    boolean skip;

    @Override
    public String getOutputName() {
        return "lightspeed-stack";
    }

    @Override
    public String getName(Locale locale) {
        return StackReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "The providers, exceptions, resources and llslibdev packages of the stack this project declares.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("lightspeed:report skipped (<skip>true</skip> or -Dlightspeed.skip=true)");
            return false;
        }
        if (!declaration.isFile()) {
            getLog().info("lightspeed:report: no declaration at " + declaration + "; no report");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        new StackReportRenderer(getSink(), read()).render();
    }

    StackReport read() {
        return StackReports.read(declaration.toPath(), MavenPaths.display(project.getBasedir().toPath(),
                declaration.toPath()), llamaStack, MavenPaths.files(catalogs));
    }
}
