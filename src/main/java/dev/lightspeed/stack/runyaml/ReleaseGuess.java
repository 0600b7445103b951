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
     * Guesses from the document's shape (any node; a non-mapping gives the newest release). The evidence is its
     * top-level keys and the APIs it configures providers for that some bundled release knows and another does not. A
     * file holds no key of a later release, so the newest such key's first release is the floor; keys of older
     * releases are carried along (llama-stack ignores them), so the candidates are the releases from the floor on that
     * still know every key the floor release knows, serve every API with providers, and find their required keys;
     * the default release is taken when it is a candidate, else the newest, and the reason names the others.
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
        ApiList.read(m).forEach(api -> present.add(APIS + api));
        Set<String> distinctive = new LinkedHashSet<>();
        catalogs.forEach(c -> present.stream().filter(k -> knows(c, k)).forEach(distinctive::add));
        distinctive.removeIf(k -> catalogs.stream().allMatch(c -> knows(c, k)));
        if (distinctive.isEmpty()) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "no release-specific keys; newest release");
        }
        // a file holds no key of a later release: the newest key's first release is the floor (releases newest first)
        int floor = catalogs.size() - 1;
        for (String k : distinctive) {
            int first = -1;
            for (int i = 0; i < catalogs.size(); i++) {
                first = knows(catalogs.get(i), k) ? i : first;
            }
            floor = Math.min(floor, first);
        }
        // older keys are carried along and ignored; the keys the floor release knows must all still be known
        Catalog anchor = catalogs.get(floor);
        List<String> has = distinctive.stream().filter(k -> knows(anchor, k)).toList();
        List<Integer> fits = new ArrayList<>();
        for (int i = 0; i <= floor; i++) {
            Catalog c = catalogs.get(i);
            if (has.stream().allMatch(k -> knows(c, k)) && servesAll(c, distinctive) && hasRequired(c, present,
                    distinctive, catalogs)) {
                fits.add(i);
            }
        }
        if (fits.isEmpty()) {
            // keys of a later release after all (files carry odd keys): the release that starts with the file and
            // has most of its required keys, then knows most of its keys
            long most = -1;
            for (int i = 0; i < catalogs.size(); i++) {
                Catalog c = catalogs.get(i);
                // a key the release requires (storage in 0.3.5) outweighs any number of keys it merely knows
                long known = distinctive.stream().filter(k -> knows(c, k)).count()
                        + 100 * c.shape().requiredKeys().stream().filter(distinctive::contains).count();
                if (servesAll(c, distinctive) && hasRequired(c, present, distinctive, catalogs) && known > most) {
                    most = known;
                    fits = new ArrayList<>(List.of(i));
                }
            }
            if (fits.isEmpty()) {
                return new ReleaseGuess(anchor.release(), true, "has " + String.join(", ", has)
                        + "; no bundled release takes all of it");
            }
            Catalog taken = catalogs.get(fits.get(0));
            has = distinctive.stream().filter(k -> knows(taken, k)).toList();
        }
        // among releases that fit alike, the default one (the newest LCS pins), else the newest
        int pick = fits.contains(BundledCatalogs.RELEASES.indexOf(BundledCatalogs.DEFAULT_RELEASE))
                ? BundledCatalogs.RELEASES.indexOf(BundledCatalogs.DEFAULT_RELEASE) : fits.get(0);
        Catalog chosen = catalogs.get(pick);
        Set<String> missing = new LinkedHashSet<>();
        for (Catalog newer : catalogs.subList(0, pick)) {
            newer.shape().requiredKeys().stream().filter(k -> !present.contains(k) && catalogs.stream()
                    .anyMatch(c -> !c.shape().requiredKeys().contains(k))).forEach(missing::add);
        }
        String reason = missing.stream().map(k -> "no " + k + " section; ").collect(Collectors.joining())
                + "has " + String.join(", ", has);
        if (fits.size() > 1) {
            reason += "; fits " + fits.stream().map(BundledCatalogs.RELEASES::get).collect(Collectors.joining(", "))
                    + " alike, " + (pick == fits.get(0) ? "the newest" : "the default release") + " is taken";
        }
        return new ReleaseGuess(chosen.release(), true, reason);
    }

    /** The release has every API the file configures providers for or lists (a missing one stops it). */
    private static boolean servesAll(Catalog c, Set<String> distinctive) {
        return distinctive.stream().filter(k -> k.startsWith(PROVIDERS) || k.startsWith(APIS))
                .allMatch(k -> knows(c, k));
    }

    /** The file has the release's required keys, among those some release knows and another does not. */
    private static boolean hasRequired(Catalog c, Set<String> present, Set<String> distinctive, List<Catalog> all) {
        return c.shape().requiredKeys().stream().filter(k -> all.stream().anyMatch(o -> !o.shape().knowsKey(k)))
                .allMatch(present::contains);
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

    private static final String PROVIDERS = "providers.";
    private static final String APIS = "apis.";

    /**
     * Whether a release knows a top-level key, has providers for an API ({@code providers.<api>}), or has an API
     * ({@code apis.<api>}, an entry of {@code apis:}).
     */
    private static boolean knows(Catalog c, String key) {
        if (key.startsWith(PROVIDERS)) {
            return c.hasApi(key.substring(PROVIDERS.length()));
        }
        return key.startsWith(APIS) ? c.shape().apis().contains(key.substring(APIS.length()))
                : c.shape().knowsKey(key);
    }

    /** {@code 0.3.5 (guessed: has storage)} or {@code 0.3.5}. */
    public String describe() {
        return guessed ? release + " (guessed: " + reason + ")" : release;
    }
}
