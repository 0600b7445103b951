package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.text.Words;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.List;
import java.util.Locale;

/**
 * A run.yaml's {@code apis:} entries as {@code create_app} reads them: {@code Api(name)} must exist
 * ({@code run-api-unknown}) and have an implementation after {@code resolve_impls} ({@code run-api-unavailable},
 * "Could not find provider implementation for … API"); start-up failures, so errors under both policies.
 */
final class ApiEntriesRule implements StartupRule {

    /** {@code apis:} entries as {@code create_app} reads them. */
    @Override
    public void check(YMap resolved, Catalog catalog, StartupChecks.Served served, Problems out) {
        if (!(resolved.get("apis").orElse(null) instanceof YSeq list)) {
            return;
        }
        List<String> names = catalog.shape().apis();
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof YScalar sc) || !sc.isString()
                    || StartupChecks.isPlainEnvReference(sc)) {
                continue;
            }
            String api = sc.text().toLowerCase(Locale.ROOT).replace('-', '_');
            String path = "apis[" + i + "]";
            if (!names.contains(api)) {
                List<String> close = Similar.closest(sc.text(), names, 1);
                out.error(RuleId.RUN_API_UNKNOWN, sc.location(), path, catalog.displayName()
                        + " has no API '" + sc.text() + "'; it refuses to start (\"API '" + sc.text()
                        + "' does not exist\")", close.isEmpty() ? "remove it; APIs: " + String.join(", ", names)
                        : "did you mean '" + close.get(0) + "'?");
                continue;
            }
            if (served.has(api)) {
                continue;
            }
            String why;
            String fix;
            if (api.equals("telemetry") && catalog.shape().telemetry() == TelemetryForm.BLOCK) {
                why = "telemetry is served only when the top-level 'telemetry: {enabled: true}' is set";
                fix = "set 'telemetry: {enabled: true}', or remove 'telemetry' from apis";
            } else if (catalog.shape().routingTables().containsKey(api)) {
                String router = catalog.shape().routingTables().get(api);
                why = "the " + api + " routing table exists only when '" + router + "' is listed too";
                fix = "add '- " + router + "' to apis, or remove '" + sc.text() + "'";
            } else if (!api.equals(sc.text())) {
                why = "only the exact name '" + api + "' starts its router";
                fix = "write '" + api + "'";
            } else {
                why = "no enabled provider serves it";
                fix = "add " + Words.article(api) + " provider, or remove '" + api + "' from apis";
            }
            out.error(RuleId.RUN_API_UNAVAILABLE, sc.location(), path, "'" + sc.text() + "' is listed in apis, but "
                    + why + "; " + catalog.productName() + " refuses to start (\"Could not find provider implementation for "
                    + api + " API\")", fix);
        }
    }
}
