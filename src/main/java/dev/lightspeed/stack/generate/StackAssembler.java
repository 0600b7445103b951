package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.DefaultConfigs;
import dev.lightspeed.stack.catalog.ProviderKey;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.StoreForm;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.DeclaredProvider;
import dev.lightspeed.stack.declaration.DeclaredResource;
import dev.lightspeed.stack.model.AllowHint;
import dev.lightspeed.stack.model.DatasetBinding;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Declaration + catalog → {@link StackModel}: infers each provider's API, defaults its id, deep-merges its config
 * over the catalog's default (with the distribution's own directory in place of llama-stack's {@code starter}), and
 * turns declared resources into references. Adds the 0.2.x telemetry provider when telemetry is on.
 * Rule ids: {@code provider-api-ambiguous}, {@code provider-unknown-type}, {@code provider-telemetry-block},
 * {@code storage-release}.
 */
final class StackAssembler {

    private StackAssembler() {
    }

    static StackModel assemble(Declaration d, Catalog c, Problems out) {
        List<ProviderInstance> providers = new ArrayList<>();
        for (DeclaredProvider p : d.providers()) {
            Optional<ProviderInstance> resolved = resolve(d, c, p, out);
            if (resolved.isPresent()) {
                providers.add(resolved.get());
            }
        }
        TreeSet<String> apis = new TreeSet<>();
        for (ProviderInstance p : providers) {
            apis.add(p.api());
        }
        Optional<ProviderSpec> telemetry = c.find("telemetry", "inline::meta-reference");
        if (c.shape().telemetry() == TelemetryForm.PROVIDER && d.telemetry() && !apis.contains("telemetry")
                && telemetry.isPresent()) {
            providers.add(new ProviderInstance("telemetry", "meta-reference", telemetry.get().providerType(),
                    config(d, c, telemetry.get(), null, d.root().location()), "telemetry", d.root().location(),
                    d.root().location(), "type"));
            apis.add("telemetry");
        }
        if (c.shape().storage().form() != StoreForm.BACKENDS && d.storage().postgresBackend()) {
            out.error(RuleId.STORAGE_RELEASE, d.root().location(), "storage.backend",
                    "postgres storage is generated for"
                    + " releases with storage backends only; " + c.displayName() + " keeps per-store sqlite files",
                    "target a newer release (llamaStack:), or remove 'backend: postgres'");
        }
        List<ResourceRef> resources = new ArrayList<>();
        for (DeclaredResource r : d.resources()) {
            String provider = r.kind() == ResourceKind.DATASET ? DatasetBinding.provider(r.fields().get("metadata"),
                    r.fields().get("source")).orElse(null) : r.provider();
            resources.add(new ResourceRef(r.kind(), r.id(), provider, r.path(), r.where(), r.fieldWhere(),
                    "provider", r.fields(), true));
        }
        return new StackModel(d.file(), c, List.copyOf(apis), d.root().location(), providers, resources,
                d.allowUnsupported(), d.allowWhere(), d.root());
    }

    private static Optional<ProviderInstance> resolve(Declaration d, Catalog c, DeclaredProvider p, Problems out) {
        String api = p.api();
        if (api == null) {
            List<ProviderSpec> candidates = c.byType(p.type());
            RunShape.ProviderRename r = candidates.isEmpty() ? renameOf(c, p.type()) : null;
            if (r != null) {
                out.error(RuleId.PROVIDER_RENAMED, p.typeWhere(), p.path() + ".type", r.from().api() + " " + p.type()
                        + " is " + r.to().api() + " " + r.to().providerType() + " in " + c.displayName(), "write 'type: "
                        + r.to().providerType() + "'" + (r.needs().isEmpty() ? "" : "; it also needs "
                        + r.needs().stream().map(n -> n.api() + " (e.g. " + n.providerType() + ")")
                        .collect(Collectors.joining(", "))));
                return Optional.empty();
            }
            Optional<OtherReleases> elsewhere = candidates.isEmpty() ? OtherReleases.of(c, p.type())
                    : Optional.empty();
            if (elsewhere.isPresent() && c.shape().migration().removedApis().containsKey(elsewhere.get().api())) {
                api = elsewhere.get().api(); // reported below as a provider of an API the release removed
            } else if (elsewhere.isPresent()) {
                OtherReleases o = elsewhere.get();
                out.error(RuleId.PROVIDER_UNKNOWN_TYPE, p.typeWhere(), p.path() + ".type", c.displayName()
                        + " has no provider type '" + p.type() + "'; " + o.where(), o.ownName().map(own -> "in "
                        + c.displayName() + " it is " + own.from().api() + " '" + own.from().providerType()
                        + "': write 'type: " + own.from().providerType() + "'").orElse("target one of those releases"
                        + " with llamaStack:, or choose a provider of " + c.displayName()
                        + " ('mvn lightspeed:list-providers -Dlightspeed.llamaStack=" + c.release() + "')"));
                return Optional.empty();
            } else if (candidates.isEmpty()) {
                List<String> close = Similar.closest(p.type(), c.providerTypes(), 3);
                out.error(RuleId.PROVIDER_UNKNOWN_TYPE, p.typeWhere(), p.path() + ".type", "unknown provider type '"
                        + p.type() + "' in " + c.displayName(), close.isEmpty()
                        ? "see 'mvn lightspeed:list-providers -Dlightspeed.llamaStack=" + c.release() + "'"
                        : "did you mean " + Similar.quotedList(close, "or") + "?");
                return Optional.empty();
            }
            if (candidates.size() > 1) {
                List<String> apis = candidates.stream().map(ProviderSpec::api).toList();
                out.error(RuleId.PROVIDER_API_AMBIGUOUS, p.typeWhere(), p.path() + ".type", p.type() + " exists under "
                        + apis.size() + " APIs in " + c.displayName() + ": " + String.join(", ", apis),
                        "say which with 'api: " + apis.get(0) + "'");
                unsupportedUnderEveryApi(d, p, candidates, out);
                return Optional.empty();
            }
            if (api == null) {
                api = candidates.get(0).api();
            }
        }
        if (api.equals("telemetry") && c.shape().telemetry() == TelemetryForm.BLOCK) {
            out.error(RuleId.PROVIDER_TELEMETRY_BLOCK, p.typeWhere(), p.path() + ".type", c.displayName()
                    + " has no telemetry provider; telemetry is the top-level 'telemetry:' block",
                    "remove this provider; 'telemetry: true' in the declaration (the default) enables it");
            return Optional.empty();
        }
        String removed = c.shape().migration().removedApis().get(api);
        if (removed != null && !c.hasApi(api)) {
            out.error(RuleId.PROVIDER_API_REMOVED, p.typeWhere(), p.path() + ".type", removed + "; " + p.type() + " ("
                    + api + ") cannot target " + c.displayName(), "remove this provider, or target an older release with"
                    + " llamaStack:");
            return Optional.empty();
        }
        String id = p.id() != null ? p.id() : ProviderKey.nameOf(p.type());
        Optional<ProviderSpec> spec = c.find(api, p.type());
        YMap config = spec.isPresent() ? config(d, c, spec.get(), p.config(), p.typeWhere())
                : p.config() != null ? p.config() : new YMap(List.of(), p.where());
        return Optional.of(new ProviderInstance(api, id, p.type(), config, p.path(), p.where(), p.typeWhere(),
                "type"));
    }

    private static RunShape.ProviderRename renameOf(Catalog c, String type) {
        for (RunShape.ProviderRename r : c.shape().migration().providerRenames()) {
            if (r.from().providerType().equals(type)) {
                return r;
            }
        }
        return null;
    }

    /** An ambiguous type that no API of it supports is reported unsupported in this run too, not only the next. */
    private static void unsupportedUnderEveryApi(Declaration d, DeclaredProvider p, List<ProviderSpec> candidates,
            Problems out) {
        if (candidates.stream().anyMatch(ProviderSpec::supported) || d.allowUnsupported().containsKey(p.type())) {
            return;
        }
        out.error(RuleId.PROVIDER_UNSUPPORTED, p.typeWhere(), p.path() + ".type", p.type() + " is not supported by"
                + " Lightspeed Core under any of its APIs (" + String.join(", ", candidates.stream()
                .map(ProviderSpec::api).toList()) + ")", "use a supported provider (mvn"
                + " lightspeed:list-providers), or add " + AllowHint.DECLARATION.entry(p.type()));
    }

    /** The catalog default, retargeted to this distribution's directory, with the declared config merged over it. */
    static YMap config(Declaration d, Catalog c, ProviderSpec spec, YMap declared,
            dev.lightspeed.stack.problem.Location at) {
        YNode base = DefaultConfigs.of(spec, c.shape(), d.distribution(), d.storage().sqliteDir(), at);
        YNode merged = declared == null ? base : YNodes.merge(base, declared);
        return merged instanceof YMap m ? m : new YMap(List.of(), at);
    }
}
