package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.pip.IndexOption;
import dev.lightspeed.stack.pip.PipLine;
import dev.lightspeed.stack.pip.Requirement;
import dev.lightspeed.stack.pip.RequirementSyntaxException;
import dev.lightspeed.stack.pip.Specifiers;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link DependencyGroup} from the pip packages of the selected providers, the declaration's constraints,
 * extras and exclusions. Not thread-safe; one builder per run.
 *
 * <h2>The rules, in order</h2>
 * <ol>
 *   <li>Each provider's {@code pip_packages} strings are split by {@link PipLine#parse} into PEP 508 requirements.
 *       A string that does not parse is an error ({@code dependency-pip-syntax}).</li>
 *   <li>Requirements on the same package (PEP 503 name) become one entry: name normalised, extras united and
 *       sorted, specifiers merged ({@link Specifiers#merge}) and simplified ({@link Specifiers#simplify}). The entry
 *       keeps the labels of every provider that needs it, in provider order.</li>
 *   <li>Extras (PEP 508 strings from the declaration) merge into an existing entry, or become entries labelled
 *       {@value #OTHER_LABEL}. Exclusions then remove entries; an exclusion nobody needs is a warning.</li>
 *   <li>Constraints ({@code torch → ==2.9.0}) merge into the entry's specifier; a constraint for a package that no
 *       provider needs is a warning ({@code dependency-constraint-unused}) and adds nothing. Specifiers that obviously
 *       cannot all hold are errors ({@code dependency-conflicting-versions}).</li>
 *   <li>{@code --index-url} and {@code --extra-index-url} route every requirement of their string to that index: a
 *       {@link UvIndex} named by {@link IndexNames} ({@code pytorch-cpu}) with {@code explicit = true} and one
 *       {@link UvSource} per package for this group. A package routed to two indexes is an error.
 *       {@code --no-deps} cannot be said in a dependency group: one note per package.</li>
 * </ol>
 *
 * <h2>Order and grouping</h2>
 * Providers are numbered in the order given (extras come after all providers). Entries with exactly the same set of
 * providers form one block; blocks are ordered by the sorted list of their provider numbers, compared element by
 * element ({@code [0] < [0,1] < [1] < [1,2] < [2]}), so a block follows the first provider that needs it; entries
 * inside a block are sorted by name. Each block is written after one comment line naming its providers
 * ({@link DependencyGroup.Block#comment()}), the form LCS keeps by hand: {@code # API vector_io: inline::faiss}.
 * The same inputs always give the same group.
 */
public final class DependencyGroupBuilder {

    /** Label of entries that come only from the declaration's extras (LCS's hand-kept group says "Other"). */
    public static final String OTHER_LABEL = "Other";

    private final String groupName;
    private String product = "the stack";
    private final List<Input> providers = new ArrayList<>();
    private final List<Input> constraints = new ArrayList<>();
    private final List<Input> extras = new ArrayList<>();
    private final List<Input> exclusions = new ArrayList<>();

    /** A builder for the {@code llslibdev} group. */
    public DependencyGroupBuilder() {
        this(DependencyGroup.LLSLIBDEV);
    }

    public DependencyGroupBuilder(String groupName) {
        this.groupName = Objects.requireNonNull(groupName, "groupName");
    }

    /**
     * Names what installs the providers' packages in the notes: the target release's product ({@code OGX},
     * {@code llama-stack}, from {@code Catalog.productName()}); unset, "the stack".
     */
    public DependencyGroupBuilder product(String product) {
        this.product = Objects.requireNonNull(product, "product");
        return this;
    }

    /** Adds a provider: its label ({@code API vector_io: inline::faiss}) and its {@code pip_packages}. */
    public DependencyGroupBuilder provider(String label, List<String> pipPackages) {
        return provider(label, pipPackages, Location.NONE);
    }

    /** Adds a provider; {@code where} is where the declaration names it (used in problems). */
    public DependencyGroupBuilder provider(String label, List<String> pipPackages, Location where) {
        providers.add(new Input(label, List.copyOf(pipPackages), where, "providers[" + providers.size() + "]"));
        return this;
    }

    /** Adds a constraint: package name and a version specifier such as {@code >=1.11.0}. */
    public DependencyGroupBuilder constraint(String packageName, String specifier) {
        return constraint(packageName, specifier, Location.NONE);
    }

    public DependencyGroupBuilder constraint(String packageName, String specifier, Location where) {
        constraints.add(new Input(packageName, List.of(specifier == null ? "" : specifier), where,
                "dependencies.constraints." + packageName));
        return this;
    }

    /** Adds every constraint of the map, in its iteration order. */
    public DependencyGroupBuilder constraints(Map<String, String> map) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            constraint(e.getKey(), e.getValue());
        }
        return this;
    }

    /** Adds a PEP 508 requirement of the user's own. */
    public DependencyGroupBuilder extra(String requirement) {
        return extra(requirement, Location.NONE);
    }

    public DependencyGroupBuilder extra(String requirement, Location where) {
        extras.add(new Input(requirement, List.of(), where, "dependencies.extras[" + extras.size() + "]"));
        return this;
    }

    /** Removes a package (any spelling of its name) from the group. */
    public DependencyGroupBuilder exclude(String packageName) {
        return exclude(packageName, Location.NONE);
    }

    public DependencyGroupBuilder exclude(String packageName, Location where) {
        exclusions.add(new Input(packageName, List.of(), where, "dependencies.exclusions[" + exclusions.size() + "]"));
        return this;
    }

    /** Computes the group; problems go to {@code problems}, the group holds whatever could be computed. */
    public DependencyGroup build(Problems problems) {
        Map<String, Acc> entries = new LinkedHashMap<>();
        Map<String, UvIndex> indexByUrl = new TreeMap<>();
        for (int i = 0; i < providers.size(); i++) {
            addProvider(i, providers.get(i), entries, indexByUrl, problems);
        }
        addExtras(entries, problems);
        applyExclusions(entries, problems);
        applyConstraints(entries, problems);
        for (Acc acc : entries.values()) {
            problems.addAll(Specifiers.conflicts(acc.requirement.name(), acc.requirement.specifier(),
                    acc.constraintWhere != null ? acc.constraintWhere : acc.where, acc.path));
        }
        return assemble(entries, indexByUrl);
    }

    private void addProvider(int index, Input p, Map<String, Acc> entries, Map<String, UvIndex> indexByUrl,
                             Problems problems) {
        for (String pip : p.values) {
            PipLine line;
            try {
                line = PipLine.parse(pip);
            } catch (RequirementSyntaxException e) {
                problems.error(RuleId.DEPENDENCY_PIP_SYNTAX, p.where, p.path, p.name + ": pip package \"" + pip
                        + "\" does not parse: " + e.reason() + " (column " + e.column() + ")",
                        "fix the provider's pip_packages in the catalog");
                continue;
            }
            for (Requirement r : line.requirements()) {
                Acc acc = add(entries, r, index, p, problems);
                if (acc == null) {
                    continue;
                }
                for (IndexOption o : line.indexes()) {
                    route(acc, o.value(), indexByUrl, p, problems);
                }
                if (line.noDeps() && !acc.noDepsLabels.contains(p.name)) {
                    acc.noDepsLabels.add(p.name);
                }
            }
        }
    }

    private Acc add(Map<String, Acc> entries, Requirement r, int index, Input from, Problems problems) {
        Acc acc = entries.get(r.normalizedName());
        if (acc == null) {
            acc = new Acc(RequirementMerger.normalize(r), from.where, from.path);
            entries.put(r.normalizedName(), acc);
        } else {
            try {
                acc.requirement = RequirementMerger.merge(acc.requirement, r);
            } catch (IllegalArgumentException e) {
                problems.error(RuleId.DEPENDENCY_MERGE, from.where, from.path, r.normalizedName() + ": cannot merge "
                        + r.toPep508() + " into " + acc.requirement.toPep508() + ": " + e.getMessage(),
                        "exclude one of them or add a constraint");
                return null;
            }
        }
        if (index >= 0) {
            acc.labels.add(index);
        }
        return acc;
    }

    private void route(Acc acc, String url, Map<String, UvIndex> indexByUrl, Input from, Problems problems) {
        String key = UvIndex.normalizeUrl(url);
        if (!indexByUrl.containsKey(key)) {
            indexByUrl.put(key, new UvIndex(IndexNames.fromUrl(url), url, true));
        }
        if (acc.indexUrl != null && !acc.indexUrl.equals(key)) {
            problems.error(RuleId.DEPENDENCY_INDEX_CONFLICT, from.where, from.path, acc.requirement.name()
                    + " is routed to two indexes: " + acc.indexUrl + " and " + key,
                    "exclude the package, or pick one provider");
            return;
        }
        acc.indexUrl = key;
    }

    private void addExtras(Map<String, Acc> entries, Problems problems) {
        for (Input e : extras) {
            Requirement r;
            try {
                r = Requirement.parse(e.name);
            } catch (RequirementSyntaxException ex) {
                problems.error(RuleId.DEPENDENCY_EXTRA_SYNTAX, e.where.shifted(ex.column() - 1), e.path, "\"" + e.name
                        + "\" does not parse at its column " + ex.column() + ": " + ex.reason(),
                        "write a PEP 508 requirement such as \"name>=1.0\"");
                continue;
            }
            boolean known = entries.containsKey(r.normalizedName());
            add(entries, r, known ? -1 : providers.size(), e, problems);
        }
    }

    private void applyExclusions(Map<String, Acc> entries, Problems problems) {
        for (Input x : exclusions) {
            if (entries.remove(Requirement.normalize(x.name.trim())) == null) {
                problems.warning(RuleId.DEPENDENCY_EXCLUSION_UNUSED, x.where, x.path, "exclusion " + x.name
                        + ": no selected provider needs this package", "remove the exclusion");
            }
        }
    }

    private void applyConstraints(Map<String, Acc> entries, Problems problems) {
        for (Input c : constraints) {
            String spec;
            try {
                spec = Specifiers.canonical(c.values.get(0));
            } catch (RequirementSyntaxException e) {
                problems.error(RuleId.DEPENDENCY_CONSTRAINT_SYNTAX, c.where, c.path, "constraint for " + c.name + ": \""
                        + c.values.get(0) + "\" is not a version specifier: " + e.reason() + " (column "
                        + e.column() + ")", "write a specifier such as \">=1.11.0\" or \"==2.9.0\"");
                continue;
            }
            Acc acc = entries.get(Requirement.normalize(c.name.trim()));
            if (acc == null) {
                problems.warning(RuleId.DEPENDENCY_CONSTRAINT_UNUSED, c.where, c.path, "constraint for " + c.name
                        + ": no selected provider needs this package, the constraint is not used",
                        "remove the constraint, or add the package under dependencies.extras");
                continue;
            }
            if (acc.requirement.url() != null && !spec.isEmpty()) {
                problems.error(RuleId.DEPENDENCY_MERGE, c.where, c.path,
                        "constraint for " + c.name + ": the package comes from "
                        + acc.requirement.url() + ", a version specifier does not apply", "remove the constraint");
                continue;
            }
            acc.requirement = acc.requirement.withSpecifier(
                    Specifiers.simplify(Specifiers.merge(acc.requirement.specifier(), spec)));
            acc.constraintWhere = c.where;
            acc.path = c.path;
        }
    }

    /** By labels, then name (a plain comparator: no lambdas to spin on a build's first call). */
    private static final Comparator<Acc> ORDER = new Comparator<>() {
        @Override
        public int compare(Acc a, Acc b) {
            int c = compareLabels(a.labels, b.labels);
            return c != 0 ? c : a.requirement.name().compareTo(b.requirement.name());
        }
    };

    private DependencyGroup assemble(Map<String, Acc> entries, Map<String, UvIndex> indexByUrl) {
        List<Acc> sorted = new ArrayList<>(entries.values());
        sorted.sort(ORDER);
        Map<String, String> names = indexNames(indexByUrl);
        List<DependencyGroup.Entry> out = new ArrayList<>();
        TreeMap<String, UvSource> sources = new TreeMap<>();
        TreeMap<String, UvIndex> indexes = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (Acc a : sorted) {
            List<String> labels = new ArrayList<>();
            for (int label : a.labels) {
                labels.add(label(label));
            }
            out.add(new DependencyGroup.Entry(a.requirement, List.copyOf(labels)));
            if (a.indexUrl != null) {
                UvIndex idx = indexByUrl.get(a.indexUrl).withName(names.get(a.indexUrl));
                indexes.put(idx.name(), idx);
                sources.put(a.requirement.name(), new UvSource(a.requirement.name(), idx.name(), groupName));
            }
            if (!a.noDepsLabels.isEmpty()) {
                notes.add(a.requirement.name() + ": " + product + " installs it with --no-deps (" + String.join(", ",
                        a.noDepsLabels) + "); a dependency group cannot say --no-deps, so its dependencies are "
                        + "installed too");
            }
        }
        return new DependencyGroup(groupName, out, List.copyOf(indexes.values()), List.copyOf(sources.values()),
                notes);
    }

    /** Index names by normalised URL: the derived name, with -2, -3, … when two URLs derive the same name. */
    private static Map<String, String> indexNames(Map<String, UvIndex> indexByUrl) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> used = new TreeMap<>();
        for (Map.Entry<String, UvIndex> e : indexByUrl.entrySet()) {
            String name = e.getValue().name();
            int n = used.getOrDefault(name, 0) + 1;
            used.put(name, n);
            names.put(e.getKey(), n == 1 ? name : name + "-" + n);
        }
        return names;
    }

    private String label(int index) {
        return index < providers.size() ? providers.get(index).name : OTHER_LABEL;
    }

    private static int compareLabels(TreeSet<Integer> a, TreeSet<Integer> b) {
        var ia = a.iterator();
        var ib = b.iterator();
        while (ia.hasNext() && ib.hasNext()) {
            int c = Integer.compare(ia.next(), ib.next());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }

    /** One input: a provider (name = label, values = pip strings), a constraint, an extra or an exclusion. */
    private record Input(String name, List<String> values, Location where, String path) {
    }

    /** The state of one package while building. */
    private static final class Acc {
        Requirement requirement;
        final TreeSet<Integer> labels = new TreeSet<>();
        final List<String> noDepsLabels = new ArrayList<>();
        final Location where;
        String path;
        Location constraintWhere;
        String indexUrl;

        Acc(Requirement requirement, Location where, String path) {
            this.requirement = requirement;
            this.where = where;
            this.path = path;
        }
    }
}
