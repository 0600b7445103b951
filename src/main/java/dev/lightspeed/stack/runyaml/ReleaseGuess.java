package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Which llama-stack release a run.yaml was written for, read off its shape when the user did not say: a
 * {@code storage:} or {@code registered_resources:} section means 0.3.5; without them, 0.2-era per-store blocks or
 * top-level resource lists mean 0.2.22; with neither, the newest release.
 *
 * @param release  the release to check against
 * @param guessed  whether it was guessed (false when the user named it)
 * @param reason   why, for the log: {@code "given"} or the keys that decided
 */
public record ReleaseGuess(String release, boolean guessed, String reason) {

    static final String NEW = "0.3.5";
    static final String OLD = "0.2.22";

    /** The release the user named. */
    public static ReleaseGuess given(String release) {
        return new ReleaseGuess(release, false, "given");
    }

    /** Guesses from the document's top-level keys (any node; a non-mapping gives the newest release). */
    public static ReleaseGuess guess(YNode root) {
        if (!(root instanceof YMap m)) {
            return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "not a mapping; newest release");
        }
        List<String> newer = new ArrayList<>();
        for (String k : List.of("storage", "registered_resources")) {
            if (m.has(k)) {
                newer.add(k);
            }
        }
        if (!newer.isEmpty()) {
            return new ReleaseGuess(NEW, true, "has " + String.join(", ", newer));
        }
        List<String> older = new ArrayList<>();
        for (String k : List.of("metadata_store", "inference_store")) {
            if (m.has(k)) {
                older.add(k);
            }
        }
        for (ResourceKind k : ResourceKind.values()) {
            if (m.has(k.legacyKey())) {
                older.add(k.legacyKey());
            }
        }
        if (!older.isEmpty()) {
            return new ReleaseGuess(OLD, true, "no storage section; has " + String.join(", ", older));
        }
        return new ReleaseGuess(BundledCatalogs.DEFAULT_RELEASE, true, "no release-specific keys; newest release");
    }

    /** {@code 0.3.5 (guessed: has storage)} or {@code 0.3.5}. */
    public String describe() {
        return guessed ? release + " (guessed: " + reason + ")" : release;
    }
}
