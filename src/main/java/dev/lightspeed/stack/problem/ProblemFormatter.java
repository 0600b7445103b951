package dev.lightspeed.stack.problem;

import java.util.List;

/** Turns a list of problems into the text that ends a failed build: a headline and one line per problem. */
public final class ProblemFormatter {

    private ProblemFormatter() {
    }

    public static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        StringBuilder sb = new StringBuilder();
        sb.append(errors).append(errors == 1 ? " error" : " errors");
        if (warnings > 0) {
            sb.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return sb.toString();
    }

    /** Headline plus every error and warning on its own line, errors first; used as the MojoFailureException message. */
    public static String report(String headline, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(headline).append(": ").append(summary(problems));
        problems.stream().filter(Problem::isError).forEach(p -> sb.append('\n').append("  ").append(p.oneLine()));
        // notes (INFO) were logged once already and do not explain the failure: not repeated here
        problems.stream().filter(p -> p.severity() == Severity.WARNING).forEach(p -> sb.append('\n').append("  ")
                .append(p.severity().label()).append(": ").append(p.oneLine()));
        return sb.toString();
    }
}
