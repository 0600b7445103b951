package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
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
     * Guesses from the document's top-level keys (any node; a non-mapping gives the newest release): the keys that
     * some bundled release knows and another does not are the evidence; the release that finds most of its required
     * keys among them wins, then the one knowing most of them, the newest on a tie.
     */
    public static ReleaseGuess guess(YNode root) {
        if (!(root instanceof YMap m)) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "not a mapping; newest release");
        }
        List<RunShape> shapes = BundledCatalogs.RELEASES.stream().map(r -> BundledCatalogs.get(r).shape()).toList();
        Set<String> distinctive = new LinkedHashSet<>();
        shapes.forEach(s -> distinctive.addAll(s.knownKeys()));
        distinctive.removeIf(k -> shapes.stream().allMatch(s -> s.knowsKey(k)));
        int best = -1;
        long bestScore = 0;
        for (int i = 0; i < shapes.size(); i++) {
            RunShape shape = shapes.get(i);
            // a key the release requires outweighs any number of keys it merely knows
            long required = shape.requiredKeys().stream().filter(k -> distinctive.contains(k) && m.has(k)).count();
            long known = distinctive.stream().filter(k -> m.has(k) && shape.knowsKey(k)).count();
            long score = required * 1000 + known;
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "no release-specific keys; newest release");
        }
        RunShape chosen = shapes.get(best);
        List<String> has = chosen.knownKeys().stream().filter(k -> distinctive.contains(k) && m.has(k)).toList();
        Set<String> missing = new LinkedHashSet<>();
        for (RunShape newer : shapes.subList(0, best)) {
            newer.requiredKeys().stream().filter(k -> distinctive.contains(k) && !m.has(k)).forEach(missing::add);
        }
        String lacks = missing.stream().map(k -> "no " + k + " section; ").collect(Collectors.joining());
        return new ReleaseGuess(BundledCatalogs.RELEASES.get(best), true, lacks + "has " + String.join(", ", has));
    }

    /** {@code 0.3.5 (guessed: has storage)} or {@code 0.3.5}. */
    public String describe() {
        return guessed ? release + " (guessed: " + reason + ")" : release;
    }
}
