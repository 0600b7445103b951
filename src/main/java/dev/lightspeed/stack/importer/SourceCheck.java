package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Validator;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the run.yaml being imported with the shared rules of {@link Validator} under the LCS policy, for its own
 * release: unknown providers and config fields, bad environment references, resources bound to missing providers,
 * unmet API dependencies. Two things are not errors here, because the import deals with them: providers LCS does
 * not support (they become {@code allowUnsupported} entries) and literal secrets (they become environment
 * references).
 */
final class SourceCheck {

    /** Findings that the import itself reports in its own words. */
    private static final Set<String> OWN = Set.of("provider-allowed-unsupported", "allow-unused", "secret-literal");

    private SourceCheck() {
    }

    static List<Problem> check(RunSource s) {
        Catalog c = s.catalog();
        List<ProviderInstance> providers = new ArrayList<>();
        Map<String, String> allow = new LinkedHashMap<>();
        for (RunSource.SourceProvider p : s.providers()) {
            YMap config = p.config() != null ? p.config() : new YMap(List.of(), p.entry().location());
            YNode type = p.entry().get("provider_type").orElseThrow();
            providers.add(new ProviderInstance(p.api(), p.id() == null ? "" : p.id(), p.type(), config, p.path(),
                    p.entry().location(), type.location()));
            c.find(p.api(), p.type()).filter(spec -> !spec.supported()).map(ProviderSpec::providerType)
                    .ifPresent(t -> allow.put(t, "imported"));
        }
        StackModel model = new StackModel(s.file(), c, apis(s.root()), s.root().valueLocation("apis"), providers,
                resources(s), allow, Map.of(), s.root());
        List<Problem> out = new ArrayList<>();
        for (Problem p : Validator.validate(model, Policy.LCS.withAllowLiteralSecrets(true))) {
            if (!OWN.contains(p.rule()) && p.severity() != Severity.INFO) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> apis(YMap root) {
        List<String> out = new ArrayList<>();
        if (root.get("apis").orElse(null) instanceof YSeq seq) {
            seq.items().stream().filter(n -> n instanceof YScalar).forEach(n -> out.add(((YScalar) n).text()));
        }
        return out;
    }

    private static List<ResourceRef> resources(RunSource s) {
        List<ResourceRef> out = new ArrayList<>();
        boolean v3 = s.storageShape();
        YMap section = v3 ? (s.root().get("registered_resources").orElse(null) instanceof YMap rr ? rr : null)
                : s.root();
        if (section == null) {
            return out;
        }
        for (ResourceKind kind : ResourceKind.values()) {
            String key = kind.keyFor(v3);
            if (!(section.get(key).orElse(null) instanceof YSeq list)) {
                continue;
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof YMap e) {
                    String id = RunSource.text(e, kind.idFieldFor(v3));
                    String provider = RunSource.text(e, "provider_id");
                    out.add(new ResourceRef(kind, id, provider, (v3 ? "registered_resources." : "") + key + "[" + i
                            + "]", e.location(), e.valueLocation("provider_id")));
                }
            }
        }
        return out;
    }
}
