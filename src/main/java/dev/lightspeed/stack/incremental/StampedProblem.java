package dev.lightspeed.stack.incremental;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import java.util.Optional;

/** A {@link Problem} as one line of a stamp file: its eight fields, tab-separated, with tabs and newlines escaped. */
final class StampedProblem {

    private StampedProblem() {
    }

    static String encode(Problem p) {
        return String.join("\t", escape(p.severity().name()), escape(p.rule()), escape(p.location().file()),
                Integer.toString(p.location().line()), Integer.toString(p.location().column()), escape(p.path()),
                escape(p.message()), escape(p.fix()));
    }

    static Optional<Problem> decode(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Problem(Severity.valueOf(unescape(f[0])), unescape(f[1]),
                    new Location(unescape(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])), unescape(f[5]),
                    unescape(f[6]), unescape(f[7])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
