package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DependencyGroupBuilderTest {

    private static final String CPU = "https://download.pytorch.org/whl/cpu";

    private static String layout(DependencyGroup g) {
        return g.blocks().stream().map(b -> "# " + b.comment() + "\n" + b.requirements().stream()
                .map(r -> r.toPep508() + "\n").collect(Collectors.joining())).collect(Collectors.joining());
    }

    private static List<String> lines(Problems p) {
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void mergesNormalisesAndGroupsByProviderSet() {
        Problems problems = new Problems();
        DependencyGroup g = new DependencyGroupBuilder()
                .provider("API vector_io: inline::faiss", List.of("faiss-cpu", "chardet", "pypdf"))
                .provider("API tool_runtime: inline::rag-runtime", List.of("chardet", "Tree_Sitter", "numpy"))
                .provider("API vector_io: remote::pgvector", List.of("psycopg2-binary", "chardet", "pypdf"))
                .build(problems);
        assertTrue(problems.isEmpty());
        assertEquals("""
                # API vector_io: inline::faiss
                faiss-cpu
                # API vector_io: inline::faiss, remote::pgvector; API tool_runtime: inline::rag-runtime
                chardet
                # API vector_io: inline::faiss, remote::pgvector
                pypdf
                # API tool_runtime: inline::rag-runtime
                numpy
                tree-sitter
                # API vector_io: remote::pgvector
                psycopg2-binary
                """, layout(g));
        assertEquals(List.of("API vector_io: inline::faiss", "API tool_runtime: inline::rag-runtime",
                "API vector_io: remote::pgvector"), g.entries().get(1).labels());
        assertEquals("llslibdev", g.name());
    }

    @Test
    void specifiersExtrasAndConstraintsMerge() {
        Problems problems = new Problems();
        DependencyGroup g = new DependencyGroupBuilder()
                .provider("A", List.of("mcp>=1.8.1", "pymilvus[milvus-lite]>=2.4.10", "torch"))
                .provider("B", List.of("mcp>=1.23.0", "pymilvus>=2.4", "transformers[accelerate]"))
                .constraint("MCP", "<2")
                .constraint("torch", " == 2.9.0 ")
                .extra("transformers[torch] >= 4.34.0")
                .build(problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of("torch==2.9.0", "mcp>=1.23.0,<2", "pymilvus[milvus-lite]>=2.4.10",
                "transformers[accelerate,torch]>=4.34.0"), g.requirementTexts());
    }

    @Test
    void extrasNobodyElseNeedsComeLastAsOther() {
        Problems problems = new Problems();
        DependencyGroup g = new DependencyGroupBuilder()
                .provider("API scoring: inline::braintrust", List.of("autoevals"))
                .extra("psutil>=7.0.0")
                .extra("fire>=0.7.0; python_version >= '3.12'")
                .build(problems);
        assertEquals("""
                # API scoring: inline::braintrust
                autoevals
                # Other
                fire>=0.7.0; python_version >= "3.12"
                psutil>=7.0.0
                """, layout(g));
        assertTrue(problems.isEmpty());
    }

    @Test
    void exclusionsAndUnusedInputsAreWarnings() {
        Problems problems = new Problems();
        Location at = new Location("stack.yaml", 20, 7);
        DependencyGroup g = new DependencyGroupBuilder()
                .provider("A", List.of("matplotlib", "pillow", "pandas"))
                .exclude("Matplotlib")
                .exclude("numpy", at)
                .constraint("faiss-cpu", ">=1.11.0", new Location("stack.yaml", 21, 18))
                .build(problems);
        assertEquals(List.of("pillow", "pandas").stream().sorted().toList(), g.requirementTexts());
        assertEquals(List.of(
                "warning stack.yaml:20:7: dependency-exclusion-unused: dependencies.exclusions[1]: exclusion numpy:"
                        + " no selected provider needs this package (fix: remove the exclusion)",
                "warning stack.yaml:21:18: dependency-constraint-unused: dependencies.constraints.faiss-cpu:"
                        + " constraint for faiss-cpu: no selected provider needs this package, the constraint is"
                        + " not used (fix: remove the constraint, or add the package under dependencies.extras)"),
                lines(problems));
    }

    @Test
    void badInputsAreErrorsWithPlaces() {
        Problems problems = new Problems();
        Location provider = new Location("stack.yaml", 4, 5);
        DependencyGroup g = new DependencyGroupBuilder()
                .provider("API x: inline::y", List.of("ok", "torch --pre"), provider)
                .extra("bad extra", new Location("stack.yaml", 30, 9))
                .constraint("ok", "1.0", new Location("stack.yaml", 31, 9))
                .build(problems);
        assertEquals(List.of("ok"), g.requirementTexts());
        assertEquals(List.of(
                "error stack.yaml:4:5: dependency-pip-syntax: providers[0]: API x: inline::y: pip package"
                        + " \"torch --pre\" does not parse: unsupported pip option '--pre' (supported: --index-url,"
                        + " --extra-index-url, --no-deps) (column 7) (fix: fix the provider's pip_packages in the"
                        + " catalog)",
                "error stack.yaml:30:13: dependency-extra-syntax: dependencies.extras[0]: \"bad extra\" does not"
                        + " parse at its column 5: 'e' (expected a version specifier, '[', '@', ';' or the end)"
                        + " (fix: write a PEP 508 requirement such as \"name>=1.0\")",
                "error stack.yaml:31:9: dependency-constraint-syntax: dependencies.constraints.ok: constraint for"
                        + " ok: \"1.0\" is not a version specifier: expected a version operator (==, >=, <, ...),"
                        + " found '1' (column 1) (fix: write a specifier such as \">=1.11.0\" or \"==2.9.0\")"),
                lines(problems));
    }

    @Test
    void contradictoryPinsAreErrorsAtTheConstraint() {
        Problems problems = new Problems();
        new DependencyGroupBuilder()
                .provider("A", List.of("torchao==0.8.0"))
                .provider("B", List.of("torchao>=0.12.0"))
                .constraint("torch", "==2.9.0")
                .build(problems);
        assertEquals(List.of("error dependency-conflicting-versions: providers[0]: torchao: ==0.8.0 and >=0.12.0"
                + " cannot both hold (fix: pin torchao to one version in dependencies.constraints, or drop the clause"
                + " that conflicts)", "warning dependency-constraint-unused: dependencies.constraints.torch:"
                + " constraint for torch: no selected provider needs this package, the constraint is not used (fix:"
                + " remove the constraint, or add the package under dependencies.extras)"), lines(problems));
    }

    @Test
    void indexOptionsBecomeUvIndexAndSourcesAndNoDepsANote() {
        Problems problems = new Problems();
        DependencyGroup g = new DependencyGroupBuilder()
                .product("OGX")
                .provider("API inference: inline::sentence-transformers",
                        List.of("torch torchvision torchao>=0.12.0 --extra-index-url " + CPU,
                                "sentence-transformers --no-deps"))
                .provider("API safety: inline::prompt-guard",
                        List.of("transformers[accelerate]", "torch --index-url " + CPU + "/"))
                .provider("API inference: inline::meta-reference", List.of("sentence-transformers", "torch"))
                .exclude("torchvision")
                .build(problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(new UvIndex("pytorch-cpu", CPU, true)), g.indexes());
        assertEquals(List.of(new UvSource("torch", "pytorch-cpu", "llslibdev"),
                new UvSource("torchao", "pytorch-cpu", "llslibdev")), g.sources());
        assertEquals(List.of("sentence-transformers: OGX installs it with --no-deps (API inference:"
                + " inline::sentence-transformers); a dependency group cannot say --no-deps, so its dependencies"
                + " are installed too"), g.notes());
    }

    @Test
    void aNoDepsNoteWithoutAProductNamesTheStack() {
        DependencyGroup g = new DependencyGroupBuilder().provider("A", List.of("sentence-transformers --no-deps"))
                .build(new Problems());
        assertEquals(List.of("sentence-transformers: the stack installs it with --no-deps (A); a dependency group"
                + " cannot say --no-deps, so its dependencies are installed too"), g.notes());
    }

    @Test
    void twoIndexesForOnePackageIsAnError() {
        Problems problems = new Problems();
        new DependencyGroupBuilder()
                .provider("A", List.of("torch --index-url " + CPU))
                .provider("B", List.of("torch --index-url https://download.pytorch.org/whl/cu121"))
                .build(problems);
        assertEquals(List.of("error dependency-index-conflict: providers[1]: torch is routed to two indexes: "
                + CPU + " and https://download.pytorch.org/whl/cu121 (fix: exclude the package, or pick one"
                + " provider)"), lines(problems));
    }

    @Test
    void indexNamesAreDerivedFromUrls() {
        assertEquals("pytorch-cpu", IndexNames.fromUrl(CPU));
        assertEquals("pytorch-cu121", IndexNames.fromUrl("https://download.pytorch.org/whl/cu121/"));
        assertEquals("nvidia", IndexNames.fromUrl("https://pypi.nvidia.com"));
        assertEquals("example-team", IndexNames.fromUrl("https://www.example.com/simple/team"));
        assertEquals("localhost", IndexNames.fromUrl("http://localhost:8080/simple"));
        assertEquals("index", IndexNames.fromUrl("file:///simple"));
    }

    @Test
    void sameInputsSameGroupWhateverTheMapOrder() {
        DependencyGroup a = ReferenceCatalog.builder("0.3.5", ReferenceCatalog.LCS_RUN)
                .constraints(new java.util.TreeMap<>(java.util.Map.of("torch", "==2.9.0", "faiss-cpu", ">=1.11.0")))
                .build(new Problems());
        DependencyGroup b = ReferenceCatalog.builder("0.3.5", ReferenceCatalog.LCS_RUN)
                .constraint("faiss-cpu", ">=1.11.0").constraint("torch", "==2.9.0")
                .build(new Problems());
        assertEquals(a, b);
        assertEquals(GroupRenderer.fragment(a), GroupRenderer.fragment(b));
    }
}
