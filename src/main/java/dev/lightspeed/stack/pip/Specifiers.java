package dev.lightspeed.stack.pip;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Version specifiers ({@code >=1.0,<2}) as sets of clauses: parsing to canonical form, merging, simplifying and
 * spotting clauses that obviously cannot all hold. Clause order is deterministic: by operator
 * ({@code === == ~= >= > <= < !=}), then by version (numerically for plain release versions), then by text.
 */
public final class Specifiers {

    private static final List<String> OPERATOR_ORDER = List.of("===", "==", "~=", ">=", ">", "<=", "<", "!=");

    /** {@link #OPERATOR_ORDER} longest first, so that {@code >=} is tried before {@code >}. */
    private static final List<String> OPERATORS_LONGEST_FIRST = List.of("===", "==", "~=", ">=", "<=", "!=", ">", "<");

    /** By operator, version, text (a plain comparator: no lambdas to spin on a build's first call). */
    private static final Comparator<Clause> ORDER = new Comparator<>() {
        @Override
        public int compare(Clause a, Clause b) {
            int c = Integer.compare(OPERATOR_ORDER.indexOf(a.op), OPERATOR_ORDER.indexOf(b.op));
            if (c == 0) {
                c = compareVersions(a, b);
            }
            return c != 0 ? c : a.text().compareTo(b.text());
        }
    };

    private Specifiers() {
    }

    /**
     * The canonical form of a specifier given loosely ({@code ">= 1.0 , <2"} → {@code ">=1.0,<2"}), clauses in the
     * order written. Empty or blank text gives the empty specifier.
     *
     * @throws RequirementSyntaxException when the text is not a PEP 508 version specifier
     */
    public static String canonical(String specifier) {
        return String.join(",", new Pep508Parser(specifier == null ? "" : specifier).specifierOnly());
    }

    /** The clauses of a specifier, in canonical form, in the order written. */
    public static List<String> clauses(String specifier) {
        return new Pep508Parser(specifier == null ? "" : specifier).specifierOnly();
    }

    /**
     * The union of the clauses of both specifiers (the requirement must satisfy both), deduplicated and sorted.
     * Either may be empty.
     *
     * @throws RequirementSyntaxException when either is not a valid specifier
     */
    public static String merge(String a, String b) {
        Set<String> all = new LinkedHashSet<>(clauses(a));
        all.addAll(clauses(b));
        return join(sorted(all));
    }

    /**
     * {@link #merge merged} and with redundant bounds dropped where that is certain: of several lower bounds
     * ({@code >=}, {@code >}) on plain release versions only the tightest stays, likewise for upper bounds
     * ({@code <=}, {@code <}); {@code >=1.9.4,>=1.23.0} becomes {@code >=1.23.0}.
     */
    public static String simplify(String specifier) {
        List<Clause> clauses = sorted(new LinkedHashSet<>(clauses(specifier)));
        Clause lower = tightest(clauses, true);
        Clause upper = tightest(clauses, false);
        List<Clause> kept = new ArrayList<>();
        for (Clause c : clauses) {
            boolean isLower = c.isBound(true) && c.release().isPresent();
            boolean isUpper = c.isBound(false) && c.release().isPresent();
            if ((isLower && c != lower) || (isUpper && c != upper)) {
                continue;
            }
            kept.add(c);
        }
        return join(kept);
    }

    /**
     * Messages for clauses that obviously cannot all hold: two different {@code ==} pins, {@code ==X} with
     * {@code !=X}, a pin outside a bound, or a lower bound above an upper bound. Only plain release versions are
     * compared; anything else is not claimed to conflict. Empty when nothing is obviously wrong.
     */
    public static List<String> contradictions(String specifier) {
        List<Clause> clauses = sorted(new LinkedHashSet<>(clauses(specifier)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = i + 1; j < clauses.size(); j++) {
                if (contradict(clauses.get(i), clauses.get(j))) {
                    out.add(clauses.get(i).text() + " and " + clauses.get(j).text() + " cannot both hold");
                }
            }
        }
        return out;
    }

    /** {@link #contradictions} as error problems about package {@code name}, rule {@link #RULE_CONFLICT}. */
    public static List<Problem> conflicts(String name, String specifier, Location where, String path) {
        List<Problem> out = new ArrayList<>();
        for (String m : contradictions(specifier)) {
            out.add(Problem.error(RuleId.DEPENDENCY_CONFLICTING_VERSIONS, where, path, name + ": " + m,
                    "pin " + name + " to one version in dependencies.constraints, or drop the clause that"
                            + " conflicts"));
        }
        return List.copyOf(out);
    }

    /** The clauses of canonical texts, in {@link #ORDER}. */
    private static List<Clause> sorted(Set<String> texts) {
        List<Clause> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Clause.of(t));
        }
        out.sort(ORDER);
        return out;
    }

    private static boolean contradict(Clause a, Clause b) {
        if (a.op.equals("===") && b.op.equals("===")) {
            return !a.version.equals(b.version);
        }
        Clause pin = a.isPin() ? a : b.isPin() ? b : null;
        Clause other = pin == a ? b : a;
        if (pin == null) {
            return boundsCross(a, b) || boundsCross(b, a);
        }
        Optional<BigInteger[]> pv = pin.release();
        if (other.isPin()) {
            if (pin.isWildcard() || other.isWildcard()) {
                return wildcardMismatch(pin, other);
            }
            Optional<BigInteger[]> ov = other.release();
            return pv.isPresent() && ov.isPresent() ? Versions.compare(pv.get(), ov.get()) != 0
                    : !pin.version.equals(other.version);
        }
        if (pin.isWildcard() || pv.isEmpty() || other.release().isEmpty() || other.isWildcard()) {
            return other.op.equals("!=") && pin.version.equals(other.version);
        }
        int c = Versions.compare(pv.get(), other.release().get());
        return switch (other.op) {
            case "!=" -> c == 0;
            case ">=" -> c < 0;
            case ">" -> c <= 0;
            case "<=" -> c > 0;
            case "<" -> c >= 0;
            default -> false;
        };
    }

    private static boolean wildcardMismatch(Clause a, Clause b) {
        String pa = a.version.replaceFirst("\\.\\*$", "");
        String pb = b.version.replaceFirst("\\.\\*$", "");
        Optional<BigInteger[]> ra = Versions.release(pa);
        Optional<BigInteger[]> rb = Versions.release(pb);
        if (ra.isEmpty() || rb.isEmpty()) {
            return false;
        }
        int n = Math.min(a.isWildcard() ? ra.get().length : Integer.MAX_VALUE,
                b.isWildcard() ? rb.get().length : Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            BigInteger x = i < ra.get().length ? ra.get()[i] : BigInteger.ZERO;
            BigInteger y = i < rb.get().length ? rb.get()[i] : BigInteger.ZERO;
            if (!x.equals(y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundsCross(Clause lower, Clause upper) {
        if (!lower.isBound(true) || !upper.isBound(false) || lower.release().isEmpty()
                || upper.release().isEmpty()) {
            return false;
        }
        int c = Versions.compare(lower.release().get(), upper.release().get());
        boolean inclusive = lower.op.equals(">=") && upper.op.equals("<=");
        return inclusive ? c > 0 : c >= 0;
    }

    private static Clause tightest(List<Clause> clauses, boolean lower) {
        Clause best = null;
        for (Clause c : clauses) {
            if (!c.isBound(lower) || c.release().isEmpty()) {
                continue;
            }
            if (best == null) {
                best = c;
                continue;
            }
            int cmp = Versions.compare(c.release().get(), best.release().get());
            boolean strict = c.op.length() == 1; // > or <
            boolean tighter = lower ? cmp > 0 || (cmp == 0 && strict) : cmp < 0 || (cmp == 0 && strict);
            if (tighter) {
                best = c;
            }
        }
        return best;
    }

    private static int compareVersions(Clause a, Clause b) {
        Optional<BigInteger[]> ra = a.release();
        Optional<BigInteger[]> rb = b.release();
        if (ra.isPresent() && rb.isPresent()) {
            return Versions.compare(ra.get(), rb.get());
        }
        return ra.isPresent() == rb.isPresent() ? 0 : ra.isPresent() ? -1 : 1;
    }

    private static String join(List<Clause> clauses) {
        StringBuilder sb = new StringBuilder();
        for (Clause c : clauses) {
            sb.append(sb.isEmpty() ? "" : ",").append(c.text());
        }
        return sb.toString();
    }

    /** One canonical clause, split into operator and version. */
    private record Clause(String op, String version) {

        static Clause of(String text) {
            for (String op : OPERATORS_LONGEST_FIRST) {
                if (text.startsWith(op)) {
                    return new Clause(op, text.substring(op.length()));
                }
            }
            throw new IllegalStateException("not a canonical clause: " + text);
        }

        String text() {
            return op + version;
        }

        boolean isPin() {
            return op.equals("==");
        }

        boolean isWildcard() {
            return version.endsWith(".*");
        }

        boolean isBound(boolean lower) {
            return lower ? op.equals(">=") || op.equals(">") : op.equals("<=") || op.equals("<");
        }

        /** The release segments (of the prefix, for a wildcard), or empty for a version that is not plain. */
        Optional<BigInteger[]> release() {
            return Versions.release(isWildcard() ? version.substring(0, version.length() - 2) : version);
        }
    }
}
