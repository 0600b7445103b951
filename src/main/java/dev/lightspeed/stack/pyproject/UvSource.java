package dev.lightspeed.stack.pyproject;

import java.util.Objects;

/**
 * A {@code [tool.uv.sources]} element routing one package to an index for one dependency group:
 * {@code torch = [{ index = "pytorch-cpu", group = "llslibdev" }]}.
 *
 * @param packageName the PEP 503 normalised package name
 * @param index       the {@link UvIndex#name()}
 * @param group       the dependency group the routing applies to
 */
public record UvSource(String packageName, String index, String group) {

    public UvSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(group, "group");
    }

    /** This source routed to another index name. */
    public UvSource withIndex(String newIndex) {
        return new UvSource(packageName, newIndex, group);
    }
}
