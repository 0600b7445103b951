package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class MavenReportingTest {

    /** Records "LEVEL text" for each call. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence c) {
            lines.add("ERROR " + c);
        }

        @Override
        public void warn(CharSequence c) {
            lines.add("WARN " + c);
        }

        @Override
        public void info(CharSequence c) {
            lines.add("INFO " + c);
        }
    }

    static final Problem ERR = new Problem(Severity.ERROR, "r1", new Location("a.yaml", 3, 5), "x", "bad", "fix it");
    static final Problem WARN = new Problem(Severity.WARNING, "r2", Location.NONE, "", "meh", "");

    @Test
    void errorsAtErrorWarningsAtWarnAndOneExceptionWithEverything() {
        RecordingLog log = new RecordingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> MavenReporting.report("lightspeed:x failed", List.of(ERR, WARN), log, false));
        assertEquals(List.of("ERROR a.yaml:3:5: r1: x: bad (fix: fix it)", "WARN r2: meh"), log.lines);
        assertEquals("lightspeed:x failed: 1 error, 1 warning\n  a.yaml:3:5: r1: x: bad (fix: fix it)\n"
                + "  warning: r2: meh", e.getMessage());
    }

    @Test
    void warningsFailOnlyWhenAskedTo() throws MojoFailureException {
        MavenReporting.report("h", List.of(WARN), new RecordingLog(), false);
        assertTrue(MavenReporting.fails(List.of(WARN), true));
        assertFalse(MavenReporting.fails(List.of(), true));
    }

    @Test
    void skipSaysHowItWasSkipped() {
        RecordingLog log = new RecordingLog();
        assertTrue(MavenReporting.skipped(true, "generate", log));
        assertFalse(MavenReporting.skipped(false, "generate", log));
        assertEquals(List.of("INFO lightspeed:generate skipped (<skip>true</skip> or -Dlightspeed.skip=true)"),
                log.lines);
    }
}
