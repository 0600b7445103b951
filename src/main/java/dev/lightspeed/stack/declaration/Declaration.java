package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed declaration: what a project wants from llama-stack. See {@code schema/stack-declaration.schema.json}.
 *
 * @param file               the declaration file as the user named it
 * @param llamaStack         target release
 * @param distribution       image_name
 * @param allowUnsupported   provider type → reason
 * @param allowWhere         provider type → where its entry is
 * @param server             the server block as declared (may be null)
 * @param telemetry          0.3.x telemetry.enabled
 * @param vectorStoreDefaults the declared {@code vectorStoreDefaults} (may be null)
 * @param override           raw run.yaml fragment merged last (may be null)
 * @param root               the whole document
 */
public record Declaration(String file, String llamaStack, Location llamaStackWhere, String distribution,
        List<DeclaredProvider> providers, List<DeclaredResource> resources, Map<String, String> allowUnsupported,
        Map<String, Location> allowWhere, Dependencies dependencies, YMap server, StorageSpec storage,
        boolean telemetry, YMap vectorStoreDefaults, YMap override, YNode root) {

    /** The declaration's {@code safety:} block, written as run.yaml's {@code safety:} where the release has one. */
    public static final String SAFETY = "safety";
    /** The default shield's key in {@code safety:}: run.yaml's {@code default_shield_id}. */
    public static final String DEFAULT_SHIELD = "defaultShield";

    public Declaration {
        providers = List.copyOf(providers);
        resources = List.copyOf(resources);
    }

    /** {@code safety.defaultShield}, when declared. */
    public Optional<String> defaultShield() {
        return root instanceof YMap m && m.get(SAFETY).orElse(null) instanceof YMap s
                ? Optional.ofNullable(s.text(DEFAULT_SHIELD)) : Optional.empty();
    }
}
