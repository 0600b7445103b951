package dev.lightspeed.stack.lcs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.schema.JsonTrees;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LCS's built-in default run configuration per release, shipped with the catalogs ({@code catalog/lcs/}): the
 * baseline unified mode starts from when no profile is named, with the LCS commit it was copied from. Nothing is
 * read from the network.
 */
public final class LcsBaselines {

    private static final String DIR = "/dev/lightspeed/stack/catalog/data/lcs/";

    /** One release's baseline: the parsed file (its nodes stand at their lines of the named resource). */
    public record Baseline(String release, String lcsCommit, String display, YNode root) {
    }

    private static final Map<String, Baseline> BASELINES = load();

    private LcsBaselines() {
    }

    /** The release LCS configurations are checked against by default: the first listed. */
    public static String defaultRelease() {
        return BASELINES.keySet().iterator().next();
    }

    public static Optional<Baseline> forRelease(String release) {
        return Optional.ofNullable(BASELINES.get(release));
    }

    public static List<String> releases() {
        return List.copyOf(BASELINES.keySet());
    }

    private static Map<String, Baseline> load() {
        Map<String, Baseline> out = new LinkedHashMap<>();
        try (InputStream in = LcsBaselines.class.getResourceAsStream(DIR + "baselines.json")) {
            for (JsonNode b : JsonTrees.read(in).path("baselines")) {
                String file = b.path("file").asText();
                String commit = b.path("lcs_commit").asText();
                String display = "LCS default_run.yaml@" + commit.substring(0, 8);
                try (InputStream y = LcsBaselines.class.getResourceAsStream(DIR + file)) {
                    YNode root = new SafeYamlReader().read(y.readAllBytes(), display).root().orElseThrow();
                    out.put(b.path("release").asText(), new Baseline(b.path("release").asText(), commit, display,
                            root));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LCS's bundled baselines", e);
        }
        return Collections.unmodifiableMap(out);
    }
}
