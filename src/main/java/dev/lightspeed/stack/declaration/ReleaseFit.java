package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration's keys that mean nothing in the target release, read off its run shape, so that a declaration which
 * cannot target a release says exactly what stands in the way: {@code resource-kind-unavailable} (a resource section
 * for a kind the release does not register, e.g. {@code shields:} for OGX 1.0.2, with what replaced it),
 * {@code resource-kind-deprecated} (a kind the release accepts and empties, e.g. OGX's tool groups, which it creates
 * from {@code tool_runtime} providers by itself), {@code telemetry-unavailable} ({@code telemetry: true} where the release
 * has no telemetry setting), {@code safety-unavailable} ({@code safety: {defaultShield}} where the release's run.yaml
 * has no {@code safety} block, with what stands in its place) and {@code safety-default-shield} (a default shield that
 * is not declared under {@code shields:}: the release refuses to start, as it does without the safety API, which the
 * shield's provider serves).
 */
final class ReleaseFit {

    private ReleaseFit() {
    }

    static void check(YMap root, Catalog catalog, Problems out) {
        RunShape shape = catalog.shape();
        String release = catalog.displayName();
        for (ResourceKind kind : ResourceKind.values()) {
            String section = ResourceFields.section(kind);
            if (!(root.get(section).orElse(null) instanceof YSeq list) || list.items().isEmpty()) {
                continue;
            }
            Optional<ResourceShape> rs = shape.resource(kind);
            if (rs.isEmpty()) {
                String why = shape.removedResources().getOrDefault(kind, release + " registers no "
                        + kind.label() + "s");
                out.error(RuleId.RESOURCE_KIND_UNAVAILABLE, root.keyLocation(section), section, why + "; '" + section
                        + ":' cannot target " + release, "remove '" + section + ":', or target an older release"
                        + " with llamaStack:");
            } else if (rs.get().deprecated()) {
                out.error(RuleId.RESOURCE_KIND_DEPRECATED, root.keyLocation(section), section, release
                        + " accepts registered_resources." + rs.get().key() + " only to empty it with a deprecation"
                        + " warning" + created(shape.toolGroupsFromProviders(), kind), "remove '" + section + ":'");
            }
        }
        // 'telemetry: false' agrees with a release without telemetry, so one declaration can target several
        if (shape.telemetry() == TelemetryForm.NONE
                && root.get("telemetry").orElse(null) instanceof YScalar t && Boolean.TRUE.equals(t.toPlain())) {
            out.error(RuleId.TELEMETRY_UNAVAILABLE, root.keyLocation("telemetry"), "telemetry", release
                    + " has no telemetry setting in run.yaml", "remove 'telemetry:' (or set it to false)");
        }
        safety(root, catalog, out);
    }

    private static void safety(YMap root, Catalog catalog, Problems out) {
        if (!(root.get(Declaration.SAFETY).orElse(null) instanceof YMap safety)
                || !(safety.get(Declaration.DEFAULT_SHIELD).orElse(null) instanceof YScalar id)) {
            return;
        }
        RunShape shape = catalog.shape();
        String release = catalog.displayName();
        String path = Declaration.SAFETY + "." + Declaration.DEFAULT_SHIELD;
        if (!shape.knowsKey(Declaration.SAFETY)) {
            Optional<ResourceShape> shields = shape.resource(ResourceKind.SHIELD);
            String why = shields.isEmpty()
                    ? shape.removedResources().getOrDefault(ResourceKind.SHIELD, release + " registers no shields")
                    : release + " has no default shield: Lightspeed Core runs the shields registered under "
                            + shields.get().key() + " (it lists them on every request)";
            String fix = shields.isEmpty() ? "remove 'safety:'; configure the shields in lightspeed-stack.yaml"
                    : "remove 'safety:' and declare the shield under 'shields:'";
            out.error(RuleId.SAFETY_UNAVAILABLE, root.keyLocation(Declaration.SAFETY), Declaration.SAFETY, release
                    + "'s run.yaml has no safety block (safety.default_shield_id); " + why, fix
                    + ", or target a release whose run.yaml has the block with llamaStack:");
            return;
        }
        List<String> declared = new ArrayList<>();
        if (root.get(ResourceFields.section(ResourceKind.SHIELD)).orElse(null) instanceof YSeq list) {
            for (YNode i : list.items()) {
                if (i instanceof YMap shield && shield.text("id") != null) {
                    declared.add(shield.text("id"));
                }
            }
        }
        if (!declared.contains(id.text())) {
            out.error(RuleId.SAFETY_DEFAULT_SHIELD, id.location(), path, "default shield '" + id.text() + "' is not a"
                    + " shield of this declaration" + (declared.isEmpty() ? "" : " (shields: "
                            + String.join(", ", declared) + ")") + "; " + release + " refuses to start when"
                    + " default_shield_id names no registered shield or the safety API is not served",
                    declared.isEmpty() ? "declare it under 'shields:' with a safety provider (e.g. inline::llama-guard)"
                            : "use " + String.join(" or ", declared) + ", or declare '" + id.text()
                                    + "' under 'shields:'");
        }
    }

    private static String created(Map<String, List<String>> fromProviders, ResourceKind kind) {
        if (kind != ResourceKind.TOOL_GROUP || fromProviders.isEmpty()) {
            return "";
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : fromProviders.entrySet()) {
            groups.add(e.getKey() + " from " + String.join(", ", e.getValue()));
        }
        return "; it creates tool groups from the tool_runtime providers by itself (" + String.join("; ", groups)
                + "), and MCP servers are configured in Lightspeed Core's mcp_servers";
    }
}
