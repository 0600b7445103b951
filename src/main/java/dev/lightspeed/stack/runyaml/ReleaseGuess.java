package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which llama-stack release a run.yaml was written for, read off its shape when the user did not say, by the
 * top-level keys each bundled release knows (its catalog's run shape); with no release-specific key, the default
 * release ({@link BundledCatalogs#DEFAULT_RELEASE}, the newest one LCS pins).
 *
 * @param release  the release to check against
 * @param guessed  whether it was guessed (false when the user named it)
 * @param reason   why, for the log: {@code "given"} or the keys that decided
 */
public record ReleaseGuess(String release, boolean guessed, String reason) {

    /** The release the user named. */
    public static ReleaseGuess given(String release) {
        return new ReleaseGuess(release, false, "given");
    }

    /**
     * Guesses from the document's shape (any node; a non-mapping gives the default release). The evidence is what
     * some bundled release knows and another does not: top-level keys, the APIs the file configures providers for
     * ({@code providers.<api>}) and lists under {@code apis:} ({@code apis.<api>}). The releases with the fewest
     * contradictions win: an API the release lacks (it refuses to start), a top-level key only newer releases know
     * (an older key is a leftover every newer release ignores), a key or one-of group it requires that is missing.
     * These fit alike (the reason names them, so the user can name one with {@code -Dlightspeed.llamaStack}); of them
     * the one that finds most of its required keys among the evidence is taken, then the one knowing most of it, then
     * the one deprecating fewest present keys ({@code image_name}), then the newest.
     */
    public static ReleaseGuess guess(YNode root) {
        if (!(root instanceof YMap m)) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "not a mapping; the default release");
        }
        List<Catalog> catalogs = BundledCatalogs.RELEASES.stream().map(BundledCatalogs::get).toList();
        Set<String> present = new LinkedHashSet<>(m.entries().keySet());
        if (m.get("providers").orElse(null) instanceof YMap providers) {
            providers.entries().keySet().forEach(api -> present.add(PROVIDERS + api));
        }
        if (m.get("apis").orElse(null) instanceof YSeq apis) {
            apis.items().stream().filter(a -> a instanceof YScalar s && s.isString())
                    .forEach(a -> present.add(APIS + ((YScalar) a).text()));
        }
        Set<String> distinctive = new LinkedHashSet<>();
        catalogs.forEach(c -> present.stream().filter(k -> knows(c, k)).forEach(distinctive::add));
        distinctive.removeIf(k -> catalogs.stream().allMatch(c -> knows(c, k)));
        long[] against = new long[catalogs.size()];
        long[] fit = new long[catalogs.size()];
        long[] deprecated = new long[catalogs.size()];
        for (int i = 0; i < catalogs.size(); i++) {
            Catalog c = catalogs.get(i);
            List<Catalog> newer = catalogs.subList(0, i);
            against[i] = distinctive.stream().filter(k -> !knows(c, k) && (!isTopLevel(k)
                    || newer.stream().anyMatch(n -> knows(n, k)))).count() + missing(c, present);
            fit[i] = c.shape().requiredKeys().stream().filter(distinctive::contains).count() * 1000
                    + distinctive.stream().filter(k -> knows(c, k)).count();
            deprecated[i] = c.shape().deprecatedKeys().keySet().stream().filter(present::contains).count();
        }
        if (distinctive.isEmpty()) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "no release-specific keys; the default release");
        }
        long fewest = java.util.Arrays.stream(against).min().orElseThrow();
        List<Integer> best = java.util.stream.IntStream.range(0, catalogs.size()).filter(i -> against[i] == fewest)
                .boxed().toList();
        int pick = best.stream().min(java.util.Comparator.comparingLong((Integer i) -> -fit[i])
                .thenComparingLong(i -> deprecated[i]).thenComparing(i -> i)).orElseThrow();
        Catalog chosen = catalogs.get(pick);
        List<String> has = distinctive.stream().filter(k -> knows(chosen, k)).toList();
        Set<String> missing = new LinkedHashSet<>();
        for (Catalog newer : catalogs.subList(0, pick)) {
            newer.shape().requiredKeys().stream().filter(k -> !present.contains(k) && catalogs.stream()
                    .anyMatch(c -> !c.shape().knowsKey(k))).forEach(missing::add);
        }
        String reason = missing.stream().map(k -> "no " + k + " section; ").collect(Collectors.joining())
                + "has " + String.join(", ", has);
        if (best.size() > 1) {
            reason += "; fits " + best.stream().map(BundledCatalogs.RELEASES::get).collect(Collectors.joining(", "))
                    + " alike, " + chosen.release() + " is taken";
        }
        return new ReleaseGuess(chosen.release(), true, reason);
    }

    private static final String PROVIDERS = "providers.";
    private static final String APIS = "apis.";

    private static boolean isTopLevel(String key) {
        return !key.startsWith(PROVIDERS) && !key.startsWith(APIS);
    }

    /** The keys a release requires that the document lacks, and its one-of groups of which none is present. */
    private static long missing(Catalog c, Set<String> present) {
        return c.shape().requiredKeys().stream().filter(k -> !present.contains(k)).count() + c.shape().requiredOneOf()
                .stream().filter(g -> g.stream().noneMatch(present::contains)).count();
    }

    /**
     * Whether a release knows a top-level key, has providers for an API ({@code providers.<api>}) or has the API
     * ({@code apis.<api>}).
     */
    private static boolean knows(Catalog c, String key) {
        if (key.startsWith(PROVIDERS)) {
            return c.hasApi(key.substring(PROVIDERS.length()));
        }
        return key.startsWith(APIS) ? c.shape().apis().contains(key.substring(APIS.length()))
                : c.shape().knowsKey(key);
    }

    /**
     * The release a file says it was generated for (this plugin's header: {@code # Generated by
     * lightspeed-stack-maven-plugin from … for OGX 1.0.2.}), when it names a bundled one; else the guess.
     */
    public static ReleaseGuess guess(YNode root, String text) {
        java.util.regex.Matcher m = GENERATED.matcher(text);
        if (m.lookingAt() && BundledCatalogs.isKnown(m.group(1))) {
            return new ReleaseGuess(m.group(1), true, "its header says it was generated for it");
        }
        return guess(root);
    }

    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
            "# Generated by lightspeed-stack-maven-plugin from [^\\n]* for (?:llama-stack|OGX) ([0-9][^ \\n]*?)\\. ");

    /** {@code 0.3.5 (guessed: has storage)} or {@code 0.3.5}. */
    public String describe() {
        return guessed ? release + " (guessed: " + reason + ")" : release;
    }

    /** As the log says it: {@code llama-stack 0.3.5 (guessed: has storage)}, {@code OGX 1.0.2}. */
    public String describeNamed() {
        return BundledCatalogs.displayName(release) + describe().substring(release.length());
    }
}
