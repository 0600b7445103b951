package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A run.yaml's {@code apis:} list. llama-stack takes its entries as plain strings (it only uses them to decide which
 * routers to start), so nothing here stops it: {@code run-api-unknown} (an entry that is no API of the release) and
 * {@code run-api-not-served} (providers configured for an API the list leaves out: llama-stack starts them, yet does
 * not serve the API) are errors under {@link Policy#LCS} and warnings under {@link Policy#LLAMA_STACK}. An empty or
 * missing list serves every API that has providers.
 */
final class ApiList {

    /** APIs llama-stack implements itself, without providers. */
    private static final Set<String> INTERNAL = Set.of("inspect", "providers", "prompts", "conversations");

    private ApiList() {
    }

    /** The entries, as written (strings only). */
    static List<String> read(YMap resolvedRoot) {
        List<String> apis = new ArrayList<>();
        if (resolvedRoot.get("apis").orElse(null) instanceof YSeq s) {
            s.items().stream().filter(i -> i instanceof YScalar sc && sc.isString())
                    .forEach(i -> apis.add(((YScalar) i).text()));
        }
        return apis;
    }

    static void check(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers, Policy policy,
            Problems out) {
        if (!(resolvedRoot.get("apis").orElse(null) instanceof YSeq list)) {
            return;
        }
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof YScalar sc) || !sc.isString()) {
                continue;
            }
            String api = sc.text();
            listed.add(api);
            if (catalog.hasApi(api) || catalog.routingTableApis().contains(api) || INTERNAL.contains(api)) {
                continue;
            }
            if (api.equals("telemetry") && catalog.isStorageShape()) {
                out.warning("run-api-unknown", sc.location(), "apis[" + i + "]", "llama-stack " + catalog.release()
                        + " has no telemetry API; telemetry is switched on by the top-level 'telemetry: {enabled:"
                        + " true}' block", "remove 'telemetry' from apis");
                continue;
            }
            List<String> close = Similar.closest(api, catalog.apis(), 1);
            report(out, policy, "run-api-unknown", sc.location(), "apis[" + i + "]", "llama-stack "
                    + catalog.release() + " has no API '" + api + "'; it ignores the entry", close.isEmpty()
                    ? "remove it; APIs: " + String.join(", ", catalog.apis()) : "did you mean '" + close.get(0) + "'?");
        }
        if (list.items().isEmpty()) {
            return;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (ProviderInstance p : providers) {
            if (!listed.contains(p.api()) && catalog.hasApi(p.api()) && reported.add(p.api())) {
                report(out, policy, "run-api-not-served", p.where(), p.path(), "providers are configured for "
                        + p.api() + ", but 'apis:' does not list it: llama-stack starts them and serves no "
                        + p.api() + " API", "add '- " + p.api() + "' to apis, or remove the " + p.api()
                        + " providers");
            }
        }
    }

    private static void report(Problems out, Policy policy, String rule, Location where, String path, String message,
            String fix) {
        if (policy.lcs()) {
            out.error(rule, where, path, message, fix);
        } else {
            out.warning(rule, where, path, message, fix);
        }
    }
}
