package dev.lightspeed.stack.yaml;

/**
 * Bounds on what {@link SafeYamlReader} accepts, so a hostile or broken file costs bounded time and memory.
 *
 * @param maxBytes    largest file read, in bytes
 * @param maxDepth    deepest nesting of mappings and lists
 * @param maxAliases  most aliases to collections (stops "billion laughs")
 * @param maxNodes    most nodes after aliases are expanded
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** 4 MiB, depth 64, 50 aliases, 250,000 nodes: far above any real run.yaml or declaration. */
    public static final YamlLimits DEFAULT = new YamlLimits(4 * 1024 * 1024, 64, 50, 250_000);
}
