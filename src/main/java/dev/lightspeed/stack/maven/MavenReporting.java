package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.ProblemFormatter;
import dev.lightspeed.stack.problem.Severity;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place where the core's {@link Problem}s become Maven output: each problem logged once on its own line
 * ({@link Problem#oneLine()}; errors at ERROR, warnings at WARN, the rest at INFO), and a failure whose message
 * repeats the full list, because that message is what Maven prints at the end of the build (MENFORCER-415).
 * Shared by every goal. Stateless.
 */
public final class MavenReporting {

    private MavenReporting() {
    }

    /** True (and says so at INFO) when the goal is skipped with {@code <skip>} / {@code -Dlightspeed.skip}. */
    public static boolean skipped(boolean skip, String goal, Log log) {
        if (skip) {
            log.info("lightspeed:" + goal + " skipped (<skip>true</skip> or -Dlightspeed.skip=true)");
        }
        return skip;
    }

    /** Logs every problem at the level of its severity. */
    public static void log(List<Problem> problems, Log log) {
        for (Problem p : problems) {
            log(p.severity(), p.oneLine(), log);
        }
    }

    /** Logs one line at the level of {@code severity}: ERROR, WARN, or INFO for the rest. */
    public static void log(Severity severity, String line, Log log) {
        switch (severity) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            default -> log.info(line);
        }
    }

    /** Whether these problems fail the build: any error, or any warning when {@code failOnWarning}. */
    public static boolean fails(List<Problem> problems, boolean failOnWarning) {
        for (Problem p : problems) {
            if (p.isError() || (failOnWarning && p.severity() == Severity.WARNING)) {
                return true;
            }
        }
        return false;
    }

    /** The exception that ends a failed build: the headline, a count, then every problem on its own line. */
    public static MojoFailureException failure(String headline, List<Problem> problems) {
        return new MojoFailureException(ProblemFormatter.report(headline, problems));
    }

    /**
     * Logs the problems, then throws {@link #failure} if they fail the build.
     *
     * @param headline what was being done, e.g. {@code lightspeed:list-providers failed}
     */
    public static void report(String headline, List<Problem> problems, Log log, boolean failOnWarning)
            throws MojoFailureException {
        log(problems, log);
        if (fails(problems, failOnWarning)) {
            throw failure(headline, problems);
        }
    }
}
