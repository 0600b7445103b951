package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * The one place that talks to plexus-build-api's {@link BuildContext} (m2e and other IDEs supply their own): whether
 * an incremental IDE build may skip the goal, file refreshes after writes, and problem markers. On the command line
 * the context is {@link DefaultBuildContext}: it is never incremental and would log each marker a second time, so
 * markers are only set inside an IDE.
 */
final class IdeBuild {

    private final BuildContext context;

    IdeBuild(BuildContext context) {
        this.context = context == null ? new DefaultBuildContext() : context;
    }

    /** True only in an incremental IDE build in which none of {@code inputs} changed; never on a full build. */
    boolean nothingChanged(List<File> inputs) {
        return context.isIncremental() && inputs.stream().noneMatch(context::hasDelta);
    }

    /** Tells the IDE that {@code file} was written. */
    void refresh(File file) {
        context.refresh(file);
    }

    /**
     * Replaces the markers on {@code files} (display name → file) with one per problem located in one of them
     * (line and column as the problem gives them; 0 when unknown). INFO problems get no marker.
     */
    void mark(Map<String, File> files, List<Problem> problems) {
        if (context instanceof DefaultBuildContext) {
            return;
        }
        files.values().forEach(context::removeMessages);
        for (Problem p : problems) {
            File f = files.get(p.location().file());
            if (f == null || p.severity() == Severity.INFO) {
                continue;
            }
            int severity = p.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING;
            context.addMessage(f, p.location().line(), p.location().column(), p.oneLine(), severity, null);
        }
    }
}
