package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one {@code validate} run: problems with the request itself (an unknown policy or release, a glob that
 * matches nothing, no files at all) and one {@link FileResult} per file, in the order given. Renders the log lines,
 * the summary, the failure message and (through {@link ValidateReportJson}) the JSON report.
 */
public record ValidateRun(String policy, List<Problem> requestProblems, List<FileResult> files) {

    public ValidateRun {
        requestProblems = List.copyOf(requestProblems);
        files = List.copyOf(files);
    }

    /** The build fails iff this is true. */
    public boolean hasErrors() {
        return requestProblems.stream().anyMatch(Problem::isError) || files.stream().anyMatch(f -> !f.ok());
    }

    public boolean hasWarnings() {
        return files.stream().flatMap(f -> f.problems().stream()).anyMatch(p -> p.severity() == Severity.WARNING);
    }

    /**
     * Per file: {@code OK <path>} when it has no error, a line per problem
     * ({@code <path>:<line>:<col>: <rule-id>: <where in the document>: <message> (fix: …)}) at its own level, and, when
     * the release was guessed, which; then the summary.
     */
    public List<OutputLine> lines() {
        List<OutputLine> out = new ArrayList<>();
        requestProblems.forEach(p -> out.add(new OutputLine(p.severity(), p.oneLine())));
        for (FileResult f : files) {
            if (f.release() != null && f.release().guessed()) {
                out.add(new OutputLine(Severity.INFO, f.path() + ": checked against "
                        + f.release().describeNamed() + "; set -Dlightspeed.llamaStack to choose"));
            }
            if (f.ok()) {
                out.add(new OutputLine(Severity.INFO, "OK " + f.path()));
            }
            f.problems().forEach(p -> out.add(new OutputLine(p.severity(), p.oneLine())));
        }
        out.add(new OutputLine(hasErrors() ? Severity.ERROR : Severity.INFO, summary()));
        return out;
    }

    /** {@code lightspeed:validate (policy lcs): 2 files, 1 OK, 1 failed; 3 errors, 1 warning}. */
    public String summary() {
        long failed = files.stream().filter(f -> !f.ok()).count();
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return "lightspeed:validate (policy " + policy + "): " + files.size() + (files.size() == 1 ? " file, " : " files, ")
                + (files.size() - failed) + " OK, " + failed + " failed; " + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** The MojoFailureException message: the summary, then every error line (Maven prints it at the end). */
    public String failureMessage() {
        StringBuilder sb = new StringBuilder(summary());
        requestProblems.stream().filter(Problem::isError).forEach(p -> sb.append('\n').append(p.oneLine()));
        files.forEach(f -> f.problems().stream().filter(Problem::isError)
                .forEach(p -> sb.append('\n').append(p.oneLine())));
        return sb.toString();
    }

    private long count(Severity s) {
        return requestProblems.stream().filter(p -> p.severity() == s).count()
                + files.stream().flatMap(f -> f.problems().stream()).filter(p -> p.severity() == s).count();
    }
}
