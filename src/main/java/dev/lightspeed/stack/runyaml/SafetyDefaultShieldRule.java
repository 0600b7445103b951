package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level {@code safety: {default_shield_id}} block, in the releases whose run shape knows the key (0.4.3 to
 * 0.6.0; {@code core/stack.py validate_safety_config}): when the id is set, the {@code safety} API (and its
 * {@code shields} routing table) must be served, and when any shield is registered the id must be one of them.
 * Either failure stops the stack: rule {@code safety-default-shield}, an error under both policies.
 */
final class SafetyDefaultShieldRule implements StartupRule {

    private static final String KEY = "safety";

    @Override
    public void check(YMap resolved, Catalog catalog, StartupChecks.Served served, Problems out) {
        RunShape shape = catalog.shape();
        ResourceShape shields = shape.resource(ResourceKind.SHIELD).orElse(null);
        if (!shape.knowsKey(KEY) || shields == null || !(resolved.get(KEY).orElse(null) instanceof YMap safety)
                || !(safety.get("default_shield_id").orElse(null) instanceof YScalar id) || id.isNull()
                || EnvSubstitution.plainName(id.text()).isPresent()) {
            return;
        }
        String path = KEY + ".default_shield_id";
        if (!served.has(shields.kind().api()) || !served.has(shields.routingTable())) {
            out.error(RuleId.SAFETY_DEFAULT_SHIELD, id.location(), path,
                    "default_shield_id '" + id.text() + "' needs the "
                    + shields.kind().api() + " API, which is not served; " + catalog.displayName() + " refuses to start"
                    + " (\"Safety configuration requires the " + shields.kind().api() + " API to be enabled\")",
                    "add a " + shields.kind().api() + " provider (and '- " + shields.kind().api() + "' to apis if it"
                            + " lists APIs), or remove the safety block");
            return;
        }
        List<String> registered = registered(ResourceList.section(resolved, shape), shields);
        if (!registered.isEmpty() && !registered.contains(id.text())) {
            out.error(RuleId.SAFETY_DEFAULT_SHIELD, id.location(), path,
                    "default_shield_id '" + id.text() + "' is not a"
                    + " registered shield (registered: " + String.join(", ", registered) + "); " + catalog.displayName()
                    + " refuses to start (\"Configured default_shield_id … not found among registered shields\")",
                    "use " + String.join(" or ", registered) + ", or register '" + id.text() + "' under "
                            + shape.resourcePrefix() + shields.key());
        }
    }

    /** The ids of the shields {@code register_resources} registers (those bound to an enabled provider). */
    private static List<String> registered(YMap section, ResourceShape shields) {
        List<String> out = new ArrayList<>();
        if (section != null && section.get(shields.key()).orElse(null) instanceof YSeq list) {
            for (YNode item : list.items()) {
                if (item instanceof YMap e && e.text(shields.idField()) != null
                        && e.get("provider_id").filter(p -> !EnvSubstitution.isDisabledId(p)).isPresent()) {
                    out.add(e.text(shields.idField()));
                }
            }
        }
        return out;
    }
}
