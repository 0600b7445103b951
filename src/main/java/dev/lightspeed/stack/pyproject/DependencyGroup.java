package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.pip.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of one dependency group (normally {@code llslibdev}) as {@link DependencyGroupBuilder} computes it:
 * the requirements in their final order, each with the labels of the providers that need it, the uv indexes and
 * sources that route packages to a non-PyPI index, and notes for the build log (e.g. that {@code --no-deps} was
 * dropped). Immutable.
 *
 * @param name    the group name, the key under {@code [dependency-groups]}
 * @param entries the requirements in output order: consecutive entries with equal labels form a {@link Block}
 * @param indexes the {@code [[tool.uv.index]]} entries the group needs, sorted by name
 * @param sources the {@code [tool.uv.sources]} entries the group needs, sorted by package
 * @param notes   one-line messages for the build log, in a stable order
 */
public record DependencyGroup(String name, List<Entry> entries, List<UvIndex> indexes, List<UvSource> sources,
                              List<String> notes) {

    /** The name LCS uses for the group of provider libraries. */
    public static final String LLSLIBDEV = "llslibdev";

    public DependencyGroup {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        indexes = List.copyOf(indexes);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** One requirement and the labels (e.g. {@code API vector_io: inline::faiss}) of those that need it. */
    public record Entry(Requirement requirement, List<String> labels) {
        public Entry {
            Objects.requireNonNull(requirement, "requirement");
            labels = List.copyOf(labels);
        }
    }

    /** Consecutive entries with the same labels: written as one comment line followed by the requirements. */
    public record Block(List<String> labels, List<Requirement> requirements) {
        public Block {
            labels = List.copyOf(labels);
            requirements = List.copyOf(requirements);
        }

        /**
         * The comment text (without {@code #}): labels that share an {@code API x: } prefix are joined after one
         * prefix, groups of different APIs by {@code ; }, e.g.
         * {@code API vector_io: inline::faiss, remote::pgvector; API tool_runtime: inline::rag-runtime}.
         */
        public String comment() {
            Map<String, List<String>> byPrefix = new LinkedHashMap<>();
            for (String label : labels) {
                int colon = label.indexOf(": ");
                String prefix = colon > 0 && label.startsWith("API ") ? label.substring(0, colon + 2) : "";
                List<String> rest = byPrefix.get(prefix);
                if (rest == null) {
                    rest = new ArrayList<>();
                    byPrefix.put(prefix, rest);
                }
                rest.add(prefix.isEmpty() ? label : label.substring(prefix.length()));
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : byPrefix.entrySet()) {
                parts.add(e.getKey() + String.join(", ", e.getValue()));
            }
            return String.join("; ", parts);
        }
    }

    /** The entries grouped into blocks, in order. */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        List<Requirement> current = new ArrayList<>();
        List<String> labels = null;
        for (Entry e : entries) {
            if (labels != null && !labels.equals(e.labels())) {
                blocks.add(new Block(labels, current));
                current = new ArrayList<>();
            }
            labels = e.labels();
            current.add(e.requirement());
        }
        if (labels != null) {
            blocks.add(new Block(labels, current));
        }
        return blocks;
    }

    /** The requirements as PEP 508 text, in order: what the TOML array holds. */
    public List<String> requirementTexts() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.requirement().toPep508());
        }
        return List.copyOf(out);
    }

    /** This group with indexes renamed ({@code old name → new name}) in both indexes and sources. */
    public DependencyGroup withIndexNames(Map<String, String> renames) {
        List<UvIndex> idx = new ArrayList<>();
        for (UvIndex i : indexes) {
            idx.add(i.withName(renames.getOrDefault(i.name(), i.name())));
        }
        List<UvSource> src = new ArrayList<>();
        for (UvSource s : sources) {
            src.add(s.withIndex(renames.getOrDefault(s.index(), s.index())));
        }
        return new DependencyGroup(name, entries, idx, src, notes);
    }
}
