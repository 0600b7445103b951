package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code resource-duplicate-id} as the routing tables judge a run.yaml's resources at start-up: registering a
 * different object under an identifier already taken fails ("Object of type … and identifier … already exists", an
 * error); the same object twice is a warning. Only kinds the release registers and whose routing table is served.
 */
final class DuplicateRegistrationRule implements StartupRule {

    /** Duplicate registrations, as the routing tables judge them (by registry identifier and content). */
    @Override
    public void check(YMap resolved, Catalog catalog, StartupChecks.Served served, Problems out) {
        RunShape shape = catalog.shape();
        YMap section = ResourceList.section(resolved, shape);
        if (section == null) {
            return;
        }
        String prefix = shape.resourcePrefix();
        for (ResourceShape rs : shape.resources().values()) {
            ResourceKind kind = rs.kind();
            if (!served.has(rs.routingTable()) || !rs.registeredAtStartup()
                    || !(section.get(rs.key()).orElse(null) instanceof YSeq list)) {
                continue;
            }
            Map<String, Object> seen = new LinkedHashMap<>();
            Map<String, String> seenPath = new LinkedHashMap<>();
            for (int i = 0; i < list.items().size(); i++) {
                if (!(list.items().get(i) instanceof YMap entry)) {
                    continue;
                }
                String path = prefix + rs.key() + "[" + i + "]";
                String pid = entry.text("provider_id");
                if (kind.bindsProvider() && (pid == null || pid.isEmpty() || pid.equals(EnvSubstitution.DISABLED))) {
                    continue;
                }
                String identifier = StartupChecks.identifier(rs, entry, shape, pid);
                if (identifier == null) {
                    continue;
                }
                Object plain = StartupChecks.registered(rs, entry, pid);
                Object before = seen.putIfAbsent(identifier, plain);
                if (before != null && !before.equals(plain)) {
                    out.error(RuleId.RESOURCE_DUPLICATE_ID, entry.location(), path, kind.label() + " '" + identifier
                            + "' is registered twice with different content (first at " + seenPath.get(identifier)
                            + "); " + catalog.productName() + " refuses to start (\"Object of type … and identifier … already"
                            + " exists\")", "remove one of them, or give it another id");
                } else if (before != null) {
                    out.warning(RuleId.RESOURCE_DUPLICATE_ID, entry.location(), path, kind.label() + " '" + identifier
                            + "' is registered twice (first at " + seenPath.get(identifier) + "), identically",
                            "remove one of them");
                }
                seenPath.putIfAbsent(identifier, path);
            }
        }
    }
}
