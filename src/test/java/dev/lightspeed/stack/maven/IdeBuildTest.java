package dev.lightspeed.stack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import java.io.File;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.plexus.util.Scanner;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/** What generate tells an IDE's build context: skips, refreshes and markers (with a recording context). */
class IdeBuildTest {

    private static final File DECL = new File("src/main/lightspeed/stack.yaml");
    private static final File PYPROJECT = new File("pyproject.toml");

    @Test
    void skipsOnlyAnIncrementalBuildWithoutChangedInputs() {
        assertTrue(new IdeBuild(new Recording(true, Set.of())).nothingChanged(List.of(DECL, PYPROJECT)));
        assertFalse(new IdeBuild(new Recording(true, Set.of(PYPROJECT))).nothingChanged(List.of(DECL, PYPROJECT)));
        assertFalse(new IdeBuild(new Recording(false, Set.of())).nothingChanged(List.of(DECL, PYPROJECT)),
                "a full build never skips");
        assertFalse(new IdeBuild(null).nothingChanged(List.of(DECL)), "the command line never skips");
    }

    @Test
    void replacesMarkersWithOnePerErrorOrWarningInAKnownFile() {
        Recording ctx = new Recording(true, Set.of());
        List<Problem> problems = List.of(
                Problem.error(RuleId.CONFIG_TYPE, new Location("src/main/lightspeed/stack.yaml", 7, 9), "p", "bad",
                        "fix"),
                new Problem(Severity.WARNING, "pyproject-note", new Location("pyproject.toml", 2, 1), "", "w", "f"),
                new Problem(Severity.INFO, "info", new Location("pyproject.toml", 3, 1), "", "i", ""),
                Problem.error(RuleId.GENERATED_INVALID, Location.of("target/run.yaml"), "", "elsewhere", "fix"));
        new IdeBuild(ctx).mark(Map.of("src/main/lightspeed/stack.yaml", DECL, "pyproject.toml", PYPROJECT), problems);

        assertEquals(Set.of(DECL, PYPROJECT), Set.copyOf(ctx.events.subList(0, 2).stream()
                .map(e -> new File(e.substring("remove ".length()))).toList()));
        assertEquals(List.of("add " + DECL + " 7:9 sev" + BuildContext.SEVERITY_ERROR + " " + problems.get(0).oneLine(),
                "add " + PYPROJECT + " 2:1 sev" + BuildContext.SEVERITY_WARNING + " " + problems.get(1).oneLine()),
                ctx.events.subList(2, ctx.events.size()));
    }

    @Test
    void noMarkersOnTheCommandLineWhereTheyWouldBeLoggedTwice() {
        List<String> logged = new ArrayList<>();
        DefaultBuildContext cli = new DefaultBuildContext() {
            @Override
            public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
                logged.add(message);
            }
        };
        new IdeBuild(cli).mark(Map.of("pyproject.toml", PYPROJECT),
                List.of(new Problem(Severity.ERROR, "x", new Location("pyproject.toml", 1, 1), "", "m", "f")));
        assertTrue(logged.isEmpty());
    }

    @Test
    void refreshesWrittenFiles() {
        Recording ctx = new Recording(true, Set.of());
        new IdeBuild(ctx).refresh(PYPROJECT);
        assertEquals(List.of("refresh " + PYPROJECT), ctx.events);
    }

    /** A BuildContext that records calls, as an IDE's would receive them. */
    private static final class Recording implements BuildContext {
        final boolean incremental;
        final Set<File> changed;
        final List<String> events = new ArrayList<>();

        Recording(boolean incremental, Set<File> changed) {
            this.incremental = incremental;
            this.changed = changed;
        }

        @Override public boolean hasDelta(String relpath) { return changed.contains(new File(relpath)); }
        @Override public boolean hasDelta(File file) { return changed.contains(file); }
        @Override public boolean hasDelta(List relpaths) { throw new UnsupportedOperationException(); }
        @Override public void refresh(File file) { events.add("refresh " + file); }
        @Override public OutputStream newFileOutputStream(File file) { throw new UnsupportedOperationException(); }
        @Override public Scanner newScanner(File basedir) { throw new UnsupportedOperationException(); }
        @Override public Scanner newDeleteScanner(File basedir) { throw new UnsupportedOperationException(); }
        @Override public Scanner newScanner(File basedir, boolean ignoreDelta) { throw new UnsupportedOperationException(); }
        @Override public boolean isIncremental() { return incremental; }
        @Override public void setValue(String key, Object value) { }
        @Override public Object getValue(String key) { return null; }
        @Override public void addWarning(File f, int l, int c, String m, Throwable t) { addMessage(f, l, c, m, SEVERITY_WARNING, t); }
        @Override public void addError(File f, int l, int c, String m, Throwable t) { addMessage(f, l, c, m, SEVERITY_ERROR, t); }
        @Override public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
            events.add("add " + file + " " + line + ":" + column + " sev" + severity + " " + message);
        }
        @Override public void removeMessages(File file) { events.add("remove " + file); }
        @Override public boolean isUptodate(File target, File source) { return false; }
    }
}
