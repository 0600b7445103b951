package dev.lightspeed.stack.init;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text of a starter declaration for a list of provider types: a {@code $schema} line for editors, the release,
 * the distribution, one entry per provider ({@code api:} only where the type exists under several APIs, {@code
 * config:} only for what the catalog default leaves to the user, see {@link StarterConfig}), and an {@code
 * allowUnsupported} entry for each provider Lightspeed Core does not support, whose reason the user is asked to
 * write. Types the release does not know are reported (rule {@code init-provider}) with the closest names.
 */
public final class StarterDeclaration {

    /**
     * The providers of a starter when none are given: LCS-supported inference, vector store and MCP tools
     * ({@code remote::openai} is also a files provider in OGX 1.0.2, hence {@code @inference}).
     */
    public static final List<String> DEFAULT_PROVIDERS = List.of("remote::openai@inference", "inline::faiss",
            "remote::model-context-protocol");

    /** The schema copy written beside the declaration, which its {@code $schema} line names. */
    public static final String SCHEMA_FILE = "stack-declaration.schema.json";

    static final String PARAMETER = "-Dlightspeed.providers";

    private StarterDeclaration() {
    }

    /**
     * The declaration text, or empty with errors in {@code out} when some type cannot be resolved.
     *
     * @param mustSet config fields to require as {@code ${env.X}} although their default is empty, as
     *                {@code providers[i].config.field} paths (what {@code config-env-empty} names)
     */
    public static Optional<String> text(Catalog catalog, String distribution, List<String> types,
            Set<String> mustSet, Problems out) {
        List<ProviderSpec> chosen = new ArrayList<>();
        for (String entry : types.isEmpty() ? DEFAULT_PROVIDERS : types) {
            resolve(catalog, entry, out).ifPresent(chosen::add);
        }
        if (out.hasErrors()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# yaml-language-server: $schema=").append(SCHEMA_FILE).append('\n');
        sb.append("# Starter written by lightspeed:init. `mvn lightspeed:list-providers` lists what else there is;\n");
        sb.append("# add models, vectorStores, toolGroups, ... as the README of lightspeed-stack-maven-plugin shows.\n");
        sb.append("llamaStack: ").append(catalog.release()).append('\n');
        sb.append("distribution: ").append(quoted(distribution)).append('\n');
        sb.append("providers:\n");
        for (int i = 0; i < chosen.size(); i++) {
            ProviderSpec p = chosen.get(i);
            String prefix = "providers[" + i + "].config.";
            Set<String> fields = mustSet.stream().filter(f -> f.startsWith(prefix))
                    .map(f -> f.substring(prefix.length())).filter(f -> !f.contains(".")).collect(Collectors.toSet());
            sb.append("  - type: ").append(p.providerType()).append('\n');
            if (catalog.byType(p.providerType()).size() > 1) {
                sb.append("    api: ").append(p.api()).append('\n');
            }
            StarterConfig.lines(p, fields).forEach(l -> sb.append(l).append('\n'));
        }
        List<ProviderSpec> unsupported = chosen.stream().filter(p -> !p.supported()).toList();
        if (!unsupported.isEmpty()) {
            sb.append("allowUnsupported:                  # exceptions to Lightspeed Core's support policy\n");
            for (ProviderSpec p : unsupported) {
                sb.append("  - type: ").append(p.providerType()).append('\n');
                sb.append("    reason: \"chosen at lightspeed:init; replace with why this exception is accepted\"\n");
                out.warning(RuleId.INIT_UNSUPPORTED, Location.of(PARAMETER), "", p.providerType() + " (" + p.api()
                        + ") is not supported by Lightspeed Core: the starter allows it in 'allowUnsupported'",
                        "write the reason for the exception in the declaration, or choose one of "
                        + Similar.quotedList(catalog.supportedFor(p.api()).stream()
                                .map(ProviderSpec::providerType).toList(), "or"));
            }
        }
        return Optional.of(sb.toString());
    }

    /** {@code type} or {@code type@api} → the catalog entry, or an {@code init-provider} error. */
    private static Optional<ProviderSpec> resolve(Catalog catalog, String entry, Problems out) {
        int at = entry.lastIndexOf('@');
        String type = at < 0 ? entry : entry.substring(0, at);
        List<ProviderSpec> found = catalog.byType(type);
        if (at >= 0) {
            String api = entry.substring(at + 1);
            found = found.stream().filter(p -> p.api().equals(api)).toList();
            if (found.isEmpty() && !catalog.byType(type).isEmpty()) {
                out.error(RuleId.INIT_PROVIDER, Location.of(PARAMETER), "", type + " is not a provider of API '" + api
                        + "' in " + catalog.displayName(), "use " + Similar.quotedList(catalog
                        .byType(type).stream().map(p -> type + "@" + p.api()).toList(), "or"));
                return Optional.empty();
            }
        }
        if (found.isEmpty()) {
            List<String> near = Similar.closest(type, catalog.providerTypes(), 3);
            out.error(RuleId.INIT_PROVIDER, Location.of(PARAMETER), "", catalog.displayName()
                    + " has no provider type '" + type + "'", (near.isEmpty() ? "" : "did you mean "
                    + Similar.quotedList(near, "or") + "? ") + "mvn lightspeed:list-providers lists them all");
            return Optional.empty();
        }
        if (found.size() > 1) {
            out.error(RuleId.INIT_PROVIDER, Location.of(PARAMETER), "", type + " exists under several APIs in "
                    + catalog.displayName(), "say which: " + Similar.quotedList(found.stream()
                    .map(p -> type + "@" + p.api()).toList(), "or"));
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
