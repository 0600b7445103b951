package dev.lightspeed.stack.report;

import dev.lightspeed.stack.catalog.CatalogRequirement;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.Dependencies;
import dev.lightspeed.stack.declaration.ResourceFields;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link StackReport} by running {@code generate} on the declaration in memory (nothing is written): the
 * report shows exactly the stack, exceptions and problems a build would. Stateless.
 */
public final class StackReports {

    private StackReports() {
    }

    /**
     * {@link #read(byte[], String, String, List)} from the declaration file, read as every input is
     * ({@link InputFile}); unreadable: a problem.
     */
    public static StackReport read(Path declaration, String name, String releaseOverride, List<Path> catalogs) {
        try {
            return read(InputFile.read(declaration), name, releaseOverride, catalogs);
        } catch (InputFileException e) {
            return new StackReport(name, null, null, List.of(), Map.of(), List.of(), List.of(),
                    List.of(Problem.error(RuleId.FILE_UNREADABLE, Location.of(name), "", e.reason(), e.fix())));
        }
    }

    /**
     * @param declaration     the declaration's bytes
     * @param name            how messages name it
     * @param releaseOverride a release that wins over the declaration's, or null
     * @param catalogs        user catalog files overlaid on the bundled catalog
     */
    public static StackReport read(byte[] declaration, String name, String releaseOverride, List<Path> catalogs) {
        GenerateResult r = new StackGenerator().generate(new GenerateRequest(declaration, name, releaseOverride,
                catalogs, Path.of("target"), false));
        Optional<Declaration> d = r.declaration();
        Optional<StackModel> m = r.stack();
        List<StackReport.ProviderRow> providers = new ArrayList<>();
        List<StackReport.ResourceRow> resources = new ArrayList<>();
        m.ifPresent(model -> {
            model.providers().forEach(p -> providers.add(row(model, p)));
            for (ResourceRef ref : model.resources()) {
                resources.add(new StackReport.ResourceRow(model.catalog().shape().resource(ref.kind())
                        .map(ResourceShape::key).orElse(ResourceFields.section(ref.kind())), ref.id(), ref.providerId()));
            }
        });
        Map<String, String> exceptions = new LinkedHashMap<>();
        d.ifPresent(decl -> decl.allowWhere().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> exceptions.put(e.getKey(), decl.allowUnsupported().get(e.getKey()))));
        return new StackReport(name, d.map(Declaration::llamaStack).orElse(null),
                d.map(Declaration::distribution).orElse(null), providers, exceptions, resources,
                d.map(decl -> dependencies(decl.dependencies())).orElse(List.of()), r.problems());
    }

    private static StackReport.ProviderRow row(StackModel model, ProviderInstance p) {
        Optional<ProviderSpec> spec = model.catalog().find(p.api(), p.providerType());
        boolean supported = spec.map(ProviderSpec::supported).orElse(false);
        String note = spec.map(s -> s.support().note()).orElse("not in the catalog of "
                + model.catalog().displayName());
        List<String> requirements = spec.map(s -> s.requirements().stream().map(CatalogRequirement::requirement)
                .toList()).orElse(List.of());
        String reason = supported ? null : model.allowUnsupported().get(p.providerType());
        return new StackReport.ProviderRow(p.api(), p.providerId(), p.providerType(), supported, note, reason,
                requirements);
    }

    private static List<String> dependencies(Dependencies deps) {
        List<String> out = new ArrayList<>();
        deps.constraints().forEach((pkg, spec) -> out.add("constraint " + pkg + " " + spec));
        deps.extras().forEach(e -> out.add("extra " + e));
        deps.exclude().forEach(e -> out.add("exclude " + e));
        return out;
    }
}
