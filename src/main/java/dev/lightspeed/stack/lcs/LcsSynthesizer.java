package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YNodes;
import dev.lightspeed.stack.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The run configuration LCS builds from a {@code lightspeed-stack.yaml} at start-up, built the way LCS's
 * {@code llama_stack_configuration.py} builds it (at the commit the baseline data names): unified mode
 * ({@code synthesize_configuration}: baseline = profile, empty or LCS's default; vector_io de-duplication; the Azure
 * Entra ID, BYOK RAG, vector_store and OKP enrichments; {@code inference.providers}; the MCP tool_runtime provider
 * unless the baseline is empty; {@code native_override} deep-merged last with lists replaced; de-duplication again)
 * or legacy library mode ({@code generate_configuration}: the file {@code library_client_config_path} names, enriched).
 * Every node keeps the location of the line it came from. Stateless.
 */
public final class LcsSynthesizer {

    /** How LCS gets its run configuration from this file. */
    public enum Mode { SERVICE, LEGACY, UNIFIED }

    /**
     * @param run      the synthesized run configuration; empty in service mode or when the synthesis fails
     * @param problems why it failed (a profile that cannot be read, where LCS's code would raise)
     * @param baseline the baseline as words for messages ({@code profile run.yaml}, {@code LCS's default …})
     * @param profile  the profile or legacy run.yaml as read, when there is one
     * @param start    the baseline the synthesis started from (null: the empty one or none)
     * @param beforeOverride the synthesis before native_override was merged (null: none)
     */
    public record Result(Mode mode, Optional<YNode> run, List<Problem> problems, String baseline,
            Optional<YamlDocument> profile, YNode start, YNode beforeOverride) {
    }

    private final LcsBaselines.Baseline defaults;
    private final BiFunction<Path, String, YamlDocument> reader;
    private final YamlDocument forcedProfile;

    /**
     * @param defaults LCS's default baseline for the target release
     * @param reader   reads a profile: (path, name to show) → document
     */
    public LcsSynthesizer(LcsBaselines.Baseline defaults, BiFunction<Path, String, YamlDocument> reader) {
        this(defaults, reader, null);
    }

    private LcsSynthesizer(LcsBaselines.Baseline defaults, BiFunction<Path, String, YamlDocument> reader,
            YamlDocument forcedProfile) {
        this.defaults = defaults;
        this.reader = reader;
        this.forcedProfile = forcedProfile;
    }

    /**
     * The same synthesis with {@code profile} as the baseline whatever the file names (generate: the run.yaml it is
     * about to write is the profile, or the legacy run configuration, LCS starts from).
     */
    public LcsSynthesizer onProfile(YamlDocument profile) {
        return new LcsSynthesizer(defaults, reader, profile);
    }

    public static Mode mode(YMap lcs) {
        YNode ls = lcs.get("llama_stack").orElse(null);
        if (!(ls instanceof YMap m) || !Tree.truthy(Tree.of(m.get("use_as_library_client").orElse(null)))) {
            return Mode.SERVICE;
        }
        boolean legacy = m.text("library_client_config_path") != null;
        boolean config = m.get("config").map(Tree::of).map(Tree::plain).isPresent();
        return legacy && !config ? Mode.LEGACY : Mode.UNIFIED;
    }

    /**
     * @param lcs     the parsed lightspeed-stack.yaml
     * @param dir     its directory (relative profile paths resolve against it)
     * @param display its name as shown (profile names are shown relative to it)
     */
    public Result synthesize(YMap lcs, Path dir, String display) {
        Mode mode = mode(lcs);
        Mode reported = forcedProfile != null && mode == Mode.SERVICE ? Mode.UNIFIED : mode;
        return synthesize(lcs, dir, display, mode == Mode.SERVICE ? Mode.UNIFIED : mode, reported);
    }

    /** The synthesis LCS would run for {@code as}, whatever the file's own mode (for the data-equality tests). */
    Result synthesize(YMap lcs, Path dir, String display, Mode as, Mode reported) {
        Problems problems = new Problems();
        Tree.Map root = (Tree.Map) Tree.of(lcs);
        Tree.Map llamaStack = root.get("llama_stack") instanceof Tree.Map m ? m : new Tree.Map(lcs.location());
        Object unifiedNode = llamaStack.get("config");
        Tree.Map unified = Tree.truthy(unifiedNode) && unifiedNode instanceof Tree.Map m ? m : null;
        Location cause = lcs.has("llama_stack") ? lcs.keyLocation("llama_stack") : lcs.location();
        try {
            Optional<YamlDocument> profileDoc = Optional.empty();
            Object baseline;
            YNode start = null;
            String words;
            boolean empty = false;
            Object profile = as == Mode.LEGACY ? llamaStack.get("library_client_config_path")
                    : unified == null ? null : unified.get("profile");
            if (forcedProfile != null || Tree.truthy(profile)) {
                String name = forcedProfile != null ? forcedProfile.file() : Tree.text(profile);
                String shown = forcedProfile != null || Path.of(name).isAbsolute() ? name
                        : Optional.ofNullable(Path.of(display).getParent()).map(p -> p.resolve(name))
                                .orElse(Path.of(name)).normalize().toString();
                YamlDocument doc = forcedProfile != null ? forcedProfile : reader.apply(dir.resolve(name), shown);
                Location at = profile != null ? Tree.location(profile) : cause;
                profileDoc = Optional.of(doc);
                if (doc.hasErrors()) {
                    problems.addAll(doc.problems());
                    problems.error(RuleId.LCS_PROFILE, at, as == Mode.LEGACY
                            ? "llama_stack.library_client_config_path" : "llama_stack.config.profile",
                            "LCS cannot read the run configuration '" + name + "' this names (" + shown + ")",
                            "point it at a readable run.yaml-shaped file, relative to " + display + "'s directory");
                    return new Result(reported, Optional.empty(), problems.sorted(), words(as, name), profileDoc, null,
                            null);
                }
                start = doc.root().orElse(null);
                baseline = doc.root().map(Tree::of).filter(Tree::truthy).orElse(new Tree.Map(at));
                words = words(as, shown);
            } else if (unified != null && Tree.plainEquals(unified.get("baseline"), "empty")) {
                baseline = new Tree.Map(Tree.location(unified.get("baseline")));
                words = "the empty baseline";
                empty = true;
            } else {
                start = defaults.root();
                baseline = Tree.of(start);
                words = "LCS's default baseline (" + defaults.display() + ")";
            }
            Tree.Map ls = Nodes.asMap(baseline, "");
            YNode[] before = new YNode[1];
            Tree.Map out = as == Mode.LEGACY ? legacy(ls, root) : unified(ls, root, unified, empty, cause, before);
            return new Result(reported, Optional.of(Tree.toNode(out)), problems.sorted(), words, profileDoc, start,
                    before[0]);
        } catch (SynthesisFailure f) {
            problems.error(RuleId.LCS_SYNTHESIS_FAILS, f.where, f.path, f.getMessage(),
                    "change the entry so LCS's synthesis can use it");
            return new Result(reported, Optional.empty(), problems.sorted(), "", Optional.empty(), null, null);
        }
    }

    private static String words(Mode as, String shown) {
        return as == Mode.LEGACY ? "the legacy run configuration " + shown : "the profile " + shown;
    }

    private static Tree.Map enrich(Tree.Map ls, Tree.Map lcs, boolean vectorStore) {
        CoreSteps.dedupeVectorIo(ls);
        CoreSteps.azureEntraId(ls, lcs.get("azure_entra_id"));
        ByokRag.enrich(ls, lcs.has("byok_rag") ? Nodes.asSeq(lcs.get("byok_rag"), "byok_rag")
                : new Tree.Seq(lcs.location));
        if (vectorStore) {
            VectorStoreEnrichment.enrich(ls, lcs.get("vector_store"));
        }
        OkpEnrichment.enrich(ls, Nodes.mapOrEmpty(lcs, "rag", "rag"), Nodes.mapOrEmpty(lcs, "okp", "okp"));
        return ls;
    }

    private static Tree.Map legacy(Tree.Map ls, Tree.Map lcs) {
        enrich(ls, lcs, false);
        CoreSteps.dedupeVectorIo(ls);
        return ls;
    }

    private static Tree.Map unified(Tree.Map ls, Tree.Map lcs, Tree.Map unified, boolean empty, Location cause,
            YNode[] before) {
        enrich(ls, lcs, true);
        Object inference = lcs.get("inference");
        if (Tree.truthy(inference)) {
            CoreSteps.highLevelInference(ls, Nodes.seqOrEmpty(Nodes.asMap(inference, "inference"), "providers",
                    "inference.providers"));
        }
        if (!empty) {
            CoreSteps.ensureMcp(ls, cause);
        }
        Tree.Map out = ls;
        before[0] = Tree.toNode(ls);
        if (unified != null && Tree.truthy(unified.get("native_override"))) {
            Tree.Map override = Nodes.asMap(unified.get("native_override"), "llama_stack.config.native_override");
            out = (Tree.Map) Tree.of(YNodes.merge(Tree.toNode(ls), Tree.toNode(override)));
        }
        CoreSteps.dedupeVectorIo(out);
        return out;
    }
}
