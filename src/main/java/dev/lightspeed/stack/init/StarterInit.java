package dev.lightspeed.stack.init;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.declaration.DeclarationSchema;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.catalog.UnknownRelease;
import dev.lightspeed.stack.text.Similar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code init}: a starter declaration and, beside it, a copy of the declaration's JSON Schema that its {@code $schema}
 * line names. An existing declaration is kept unless forced. The starter is run through {@code generate} in memory
 * first: what is written generates, or nothing is written and {@code init-generate} says why. Stateless.
 */
public final class StarterInit {

    private StarterInit() {
    }

    public static InitResult run(InitRequest req) {
        Problems problems = new Problems();
        Location where = Location.of(req.declarationName());
        if (Files.isDirectory(req.declaration())) {
            problems.error(RuleId.INIT_FILE, where, "", "is a directory", "name a file with -Dlightspeed.declaration");
            return new InitResult(problems.sorted(), List.of(), false);
        }
        if (Files.exists(req.declaration()) && !req.force()) {
            return new InitResult(List.of(), List.of(), true);
        }
        if (!BundledCatalogs.isKnown(req.llamaStack())) {
            problems.error(RuleId.RELEASE_UNKNOWN, Location.of("-Dlightspeed.llamaStack"), "",
                    UnknownRelease.message(req.llamaStack()), "use "
                    + Similar.quotedList(BundledCatalogs.RELEASES, "or"));
            return new InitResult(problems.sorted(), List.of(), false);
        }
        Catalog catalog = BundledCatalogs.get(req.llamaStack());
        Optional<String> text = StarterDeclaration.text(catalog, req.distribution(), req.providers(), Set.of(),
                problems);
        if (text.isPresent()) {
            List<Problem> found = generateErrors(text.get(), req);
            Set<String> empty = found.stream().filter(p -> p.is(RuleId.CONFIG_ENV_EMPTY)).map(Problem::path)
                    .collect(Collectors.toSet());
            if (!empty.isEmpty()) { // a field whose schema needs a value although the default is empty: require it
                text = StarterDeclaration.text(catalog, req.distribution(), req.providers(), empty, new Problems());
                found = generateErrors(text.get(), req);
            }
            found.forEach(p -> problems.error(RuleId.INIT_GENERATE, Location.of(StarterDeclaration.PARAMETER), "",
                    "the starter for these providers would not pass generate: " + p.oneLine(),
                    "change -Dlightspeed.providers as this says"));
        }
        if (problems.hasErrors()) {
            return new InitResult(problems.sorted(), List.of(), false);
        }
        Path schema = req.declaration().toAbsolutePath().resolveSibling(StarterDeclaration.SCHEMA_FILE);
        return new InitResult(problems.sorted(), List.of(
                new Output(req.declaration(), text.get().getBytes(StandardCharsets.UTF_8), false),
                new Output(schema, schemaBytes(), false)), false);
    }

    private static List<Problem> generateErrors(String text, InitRequest req) {
        GenerateResult r = new StackGenerator().generate(new GenerateRequest(text.getBytes(StandardCharsets.UTF_8),
                req.declarationName(), null, List.of(), Path.of("target"), false));
        return r.problems().stream().filter(Problem::isError).toList();
    }

    static byte[] schemaBytes() {
        try (InputStream in = DeclarationSchema.class.getResourceAsStream(DeclarationSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DeclarationSchema.RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
