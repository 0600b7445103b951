package dev.lightspeed.stack.pip;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One PEP 508 requirement, e.g. {@code transformers[accelerate]>=4.0; python_version >= "3.10"}.
 *
 * @param name      the package name as written ({@code tree_sitter}); see {@link #normalizedName()}
 * @param extras    the extras in the order written, possibly empty
 * @param specifier the version specifier in canonical form: clauses without spaces, joined by {@code ,}
 *                  ({@code >=1.0,<2}); empty when there is none
 * @param url       the URL of a {@code name @ url} requirement, or null
 * @param marker    the environment marker in canonical form (double quotes, single spaces), or null
 */
public record Requirement(String name, List<String> extras, String specifier, String url, String marker) {

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    public Requirement {
        Objects.requireNonNull(name, "name");
        extras = extras == null ? List.of() : List.copyOf(extras);
        specifier = specifier == null ? "" : specifier;
        if (url != null && !specifier.isEmpty()) {
            throw new IllegalArgumentException("a requirement has either a URL or a version specifier, not both");
        }
    }

    /**
     * Parses one PEP 508 requirement.
     *
     * @throws RequirementSyntaxException with the 1-based column of the first offending character
     */
    public static Requirement parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Pep508Parser(text).requirement();
    }

    /** A requirement on a bare name: {@code of("torch")}. */
    public static Requirement of(String name) {
        return new Requirement(name, List.of(), "", null, null);
    }

    /** PEP 503 normalisation: lower case, each run of {@code -}, {@code _} and {@code .} becomes one {@code -}. */
    public static String normalize(String name) {
        return SEPARATORS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    /** The PEP 503 normalised name: {@code tree_sitter} → {@code tree-sitter}. */
    public String normalizedName() {
        return normalize(name);
    }

    /** This requirement with another (canonical) specifier. */
    public Requirement withSpecifier(String newSpecifier) {
        return new Requirement(name, extras, newSpecifier, url, marker);
    }

    /**
     * The canonical text, as {@code packaging} writes it: {@code name[extra1,extra2]>=1.0,<2; marker} or
     * {@code name @ url ; marker}.
     */
    public String toPep508() {
        StringBuilder sb = new StringBuilder(name);
        if (!extras.isEmpty()) {
            sb.append('[').append(String.join(",", extras)).append(']');
        }
        sb.append(specifier);
        if (url != null) {
            sb.append(" @ ").append(url);
            if (marker != null) {
                sb.append(' ');
            }
        }
        if (marker != null) {
            sb.append("; ").append(marker);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toPep508();
    }
}
