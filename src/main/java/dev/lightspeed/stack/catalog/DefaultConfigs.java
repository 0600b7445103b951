package dev.lightspeed.stack.catalog;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YNodes;
import java.util.function.UnaryOperator;

/**
 * A provider's catalog default config for one distribution: the release's own distributions write their files under
 * {@code <distribution dir>/starter} ({@code ~/.llama/distributions/starter}, OGX {@code ~/.ogx/distributions/starter});
 * a generated stack keeps them under its own name, or under the declared sqlite directory. Used by generate and by
 * import (which compares a source's config with what generate would write), so the two cannot drift apart.
 */
public final class DefaultConfigs {

    private DefaultConfigs() {
    }

    /** The directory a distribution keeps its files in. */
    public static String ownDir(RunShape shape, String distribution) {
        return shape.distributionDir() + "/" + distribution;
    }

    /** The reference generated store paths start with: {@code ${env.SQLITE_STORE_DIR:=<own dir>}}. */
    public static String sqliteDirRef(RunShape shape, String distribution) {
        return "${env.SQLITE_STORE_DIR:=" + ownDir(shape, distribution) + "}";
    }

    /**
     * @param sqliteDir the declaration's {@code storage.sqliteDir}, or null
     */
    public static YNode of(ProviderSpec spec, RunShape shape, String distribution, String sqliteDir, Location at) {
        String starter = ownDir(shape, "starter");
        String starterRef = sqliteDirRef(shape, "starter");
        String own = ownDir(shape, distribution);
        return YNodes.mapStrings(YNodes.fromJson(spec.defaultConfig(), at),
                new Retarget(starter, starterRef, own, sqliteDir));
    }

    /** A string with the starter's directories replaced (a plain class: no lambda to spin on a first call). */
    private record Retarget(String starter, String starterRef, String own, String sqliteDir)
            implements UnaryOperator<String> {

        @Override
        public String apply(String s) {
            String r = sqliteDir != null ? s.replace(starterRef, sqliteDir) : s;
            return r.replace(starter, own);
        }
    }
}
