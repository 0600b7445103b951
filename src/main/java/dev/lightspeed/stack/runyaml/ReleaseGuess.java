package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which llama-stack release a run.yaml was written for, read off its shape when the user did not say, by the
 * top-level keys each bundled release knows (its catalog's run shape); with no release-specific key, the newest
 * release.
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
     * Guesses from the document's shape (any node; a non-mapping gives the newest release): its top-level keys and
     * the APIs it configures providers for that some bundled release knows and another does not are the evidence;
     * the release that finds most of its required keys among them wins, then the one knowing most of them, the newest
     * on a tie (and the reason names the others).
     */
    public static ReleaseGuess guess(YNode root) {
        if (!(root instanceof YMap m)) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "not a mapping; newest release");
        }
        List<Catalog> catalogs = BundledCatalogs.RELEASES.stream().map(BundledCatalogs::get).toList();
        Set<String> present = new LinkedHashSet<>(m.entries().keySet());
        if (m.get("providers").orElse(null) instanceof YMap providers) {
            providers.entries().keySet().forEach(api -> present.add(PROVIDERS + api));
        }
        Set<String> distinctive = new LinkedHashSet<>();
        catalogs.forEach(c -> present.stream().filter(k -> knows(c, k)).forEach(distinctive::add));
        distinctive.removeIf(k -> catalogs.stream().allMatch(c -> knows(c, k)));
        long bestScore = 0;
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < catalogs.size(); i++) {
            Catalog c = catalogs.get(i);
            // a key the release requires outweighs any number of keys it merely knows
            long required = c.shape().requiredKeys().stream().filter(distinctive::contains).count();
            long known = distinctive.stream().filter(k -> knows(c, k)).count();
            long score = required * 1000 + known;
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore && score > 0) {
                best.add(i);
            }
        }
        if (best.isEmpty()) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "no release-specific keys; newest release");
        }
        Catalog chosen = catalogs.get(best.get(0));
        List<String> has = distinctive.stream().filter(k -> knows(chosen, k)).toList();
        Set<String> missing = new LinkedHashSet<>();
        for (Catalog newer : catalogs.subList(0, best.get(0))) {
            newer.shape().requiredKeys().stream().filter(k -> !present.contains(k) && catalogs.stream()
                    .anyMatch(c -> !c.shape().knowsKey(k))).forEach(missing::add);
        }
        String reason = missing.stream().map(k -> "no " + k + " section; ").collect(Collectors.joining())
                + "has " + String.join(", ", has);
        if (best.size() > 1) {
            reason += "; fits " + best.stream().map(BundledCatalogs.RELEASES::get).collect(Collectors.joining(", "))
                    + " alike, the newest is taken";
        }
        return new ReleaseGuess(chosen.release(), true, reason);
    }

    private static final String PROVIDERS = "providers.";

    /** Whether a release knows a top-level key, or ({@code providers.<api>}) has providers for an API. */
    private static boolean knows(Catalog c, String key) {
        return key.startsWith(PROVIDERS) ? c.hasApi(key.substring(PROVIDERS.length())) : c.shape().knowsKey(key);
    }

    /** {@code 0.3.5 (guessed: has storage)} or {@code 0.3.5}. */
    public String describe() {
        return guessed ? release + " (guessed: " + reason + ")" : release;
    }
}
