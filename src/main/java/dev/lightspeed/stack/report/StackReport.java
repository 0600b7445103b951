package dev.lightspeed.stack.report;

import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * The stack a project declares, as the {@code report} goal shows it: every provider with Lightspeed Core's support
 * and why, every {@code allowUnsupported} exception with its reason, the resources, and the pip requirements each
 * provider brings into the {@code llslibdev} group. Plain data, no Maven.
 *
 * @param declaration  the declaration file as messages name it
 * @param llamaStack   the target release (null when the declaration could not be read that far)
 * @param distribution the stack's image_name
 * @param providers    in declaration order
 * @param exceptions   provider type → the reason given in {@code allowUnsupported}, in declaration order
 * @param resources    in declaration order
 * @param dependencies the declaration's {@code dependencies:} as lines ({@code constraint faiss-cpu >=1.11.0}, …)
 * @param problems     every problem {@code generate} would report (errors mean no run.yaml would be written)
 */
public record StackReport(String declaration, String llamaStack, String distribution, List<ProviderRow> providers,
        Map<String, String> exceptions, List<ResourceRow> resources, List<String> dependencies,
        List<Problem> problems) {

    public StackReport {
        providers = List.copyOf(providers);
        resources = List.copyOf(resources);
        dependencies = List.copyOf(dependencies);
        problems = List.copyOf(problems);
    }

    /**
     * One provider of the stack.
     *
     * @param supported    whether Lightspeed Core supports it
     * @param supportNote  why the catalog says so (LCS's providers table, or a user catalog's note)
     * @param allowReason  the {@code allowUnsupported} reason when the provider is allowed by exception, else null
     * @param requirements the PEP 508 requirements it brings into llslibdev, as the release's catalog lists them
     */
    public record ProviderRow(String api, String providerId, String providerType, boolean supported,
            String supportNote, String allowReason, List<String> requirements) {

        public ProviderRow {
            requirements = List.copyOf(requirements);
        }
    }

    /** One registered resource: its kind (run.yaml key), id and the provider id it is bound to (may be null). */
    public record ResourceRow(String kind, String id, String providerId) {
    }
}
