package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.model.AllowHint;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.Validator;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a hand-written run.yaml (its parsed {@link YNode}) for one llama-stack release and one {@link Policy}: builds
 * the resolved view ({@link EnvSubstitution}), reads providers, resources and {@code apis:} into a {@link StackModel}
 * (with the resolved view, for the file-only rules), and runs the shared {@link Validator} rules and then
 * {@link #FILE_RULES} over it. The raw document goes to the rules that look at text as written
 * ({@code env-reference}). Stateless and thread-safe.
 */
public final class RunYamlReader {

    /** The rules only a file needs, run after the shared ones. */
    static final List<Rule> FILE_RULES = List.of(new TopLevelRule(), new RunConfigValidatorsRule(),
            new ApiNotServedRule(), new StorageRule(), new ApiEntriesRule(), new StartupDependencyRule(),
            new DuplicateRegistrationRule(), new VectorStoresDefaultRule(), new VectorStoreModelRule(),
            new SafetyDefaultShieldRule(), new SwitchedProvidersRule());

    private final Policy policy;

    public RunYamlReader(Policy policy) {
        this.policy = policy;
    }

    /**
     * @param release          the release, given or guessed (see {@link ReleaseGuess}); must be a bundled one
     * @param allowUnsupported provider types allowed despite the LCS policy, with the reason shown in the log
     */
    public RunYamlResult read(YNode root, String file, ReleaseGuess release, Map<String, String> allowUnsupported) {
        return read(root, file, release, allowUnsupported, BundledCatalogs.get(release.release()));
    }

    /** The same, against {@code catalog} (the release's bundled catalog with the user's overlays). */
    public RunYamlResult read(YNode root, String file, ReleaseGuess release, Map<String, String> allowUnsupported,
            Catalog catalog) {
        Problems out = new Problems();
        if (!(root instanceof YMap raw)) {
            String found = root instanceof YScalar s && s.isNull() ? "nothing (null)"
                    : (root.kind().startsWith("i") ? "an " : "a ") + root.kind();
            out.error(RuleId.RUN_TYPE, root.location(), "", "a run.yaml is a mapping (image_name:, providers:, …);"
                    + " found " + found, "start from " + catalog.productName() + "'s run.yaml layout: 'version: 2',"
                    + " 'image_name: …',"
                    + " 'providers: …'");
            return new RunYamlResult(file, release, Optional.empty(), out.sorted());
        }
        YMap resolved = ReleaseLeniencies.apply(castImageName((YMap) EnvSubstitution.resolve(raw)), catalog.shape());

        List<ProviderInstance> providers = ProviderList.read(resolved, raw);
        StartupChecks.Served served = StartupChecks.served(resolved, catalog, providers);
        List<ResourceRef> resources = StartupChecks.markRegistered(ResourceList.read(resolved, catalog,
                providers, policy, out), catalog, served);
        StackModel model = new StackModel(file, catalog, ApiList.read(resolved), resolved.valueLocation("apis"),
                providers, resources, allowUnsupported, Map.of(), raw, AllowHint.PARAMETER, resolved);
        Validator.validate(model, policy, out, FILE_RULES);
        return new RunYamlResult(file, release, Optional.of(model), out.sorted());
    }

    /** llama-stack's {@code cast_image_name_to_string}: any non-null image_name becomes a string. */
    private static YMap castImageName(YMap m) {
        if (!(m.get("image_name").orElse(null) instanceof YScalar s) || s.isNull() || s.isString()) {
            return m;
        }
        List<YMap.Entry> entries = new ArrayList<>();
        for (YMap.Entry e : m.entries().values()) {
            entries.add(e.key().equals("image_name")
                    ? new YMap.Entry(e.key(), e.keyLocation(), YScalar.string(s.text(), s.location())) : e);
        }
        return new YMap(entries, m.location());
    }
}
