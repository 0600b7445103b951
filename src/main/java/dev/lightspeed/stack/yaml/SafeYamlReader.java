package dev.lightspeed.stack.yaml;

import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML the way PyYAML's safe loader does (YAML 1.1 scalar resolution, merge keys), into {@link YNode}s with
 * file positions, within {@link YamlLimits}. Never throws for bad input: every failure is a {@link Problem}
 * ({@code yaml-syntax}, {@code yaml-duplicate-key}, {@code yaml-limit}, {@code yaml-encoding}, {@code file-unreadable}).
 * Thread-safe: holds no state between calls.
 */
public final class SafeYamlReader {

    /** Stateless once built (its implicit resolvers are only read), so one is shared by every call. */
    private static final Resolver RESOLVER = new Resolver();

    /**
     * PyYAML's YAML 1.1 float: a dot is required and an exponent needs its sign, so {@code 1e3} and {@code 1.5e3}
     * stay strings (SnakeYAML's resolver would make them floats).
     */
    private static final class PyYamlFloat { // compiled on first use: most documents hold no float
        static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
                "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    }

    /** The tags PyYAML's SafeLoader constructs; any other explicit tag makes it fail. */
    private static final java.util.Set<String> SAFE_TAGS = java.util.Set.of(Tag.PREFIX + "null", Tag.PREFIX + "bool",
            Tag.PREFIX + "int", Tag.PREFIX + "float", Tag.PREFIX + "binary", Tag.PREFIX + "timestamp",
            Tag.PREFIX + "omap", Tag.PREFIX + "pairs", Tag.PREFIX + "set", Tag.PREFIX + "str", Tag.PREFIX + "seq",
            Tag.PREFIX + "map", Tag.PREFIX + "merge");

    private final YamlLimits limits;
    private final DuplicateKeys duplicates;

    public SafeYamlReader(YamlLimits limits, DuplicateKeys duplicates) {
        this.limits = limits;
        this.duplicates = duplicates;
    }

    public SafeYamlReader() {
        this(YamlLimits.DEFAULT, DuplicateKeys.ERROR);
    }

    /** Reads a file; {@code displayName} is how messages name it (the path as the user gave it). */
    public YamlDocument read(Path file, String displayName) {
        try {
            return read(InputFile.read(file, limits.maxBytes()), displayName);
        } catch (InputFileException e) {
            return failed(displayName,
                    e.kind() == InputFileException.Kind.TOO_LARGE ? RuleId.YAML_LIMIT : RuleId.FILE_UNREADABLE,
                    e.reason(), e.fix());
        }
    }

    public YamlDocument read(byte[] bytes, String displayName) {
        if (bytes.length > limits.maxBytes()) {
            return failed(displayName, RuleId.YAML_LIMIT, "input is " + bytes.length + " bytes, more than the limit of "
                    + limits.maxBytes(), "split the file or remove what is not configuration");
        }
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, decoded, true);
        if (result.isError()) {
            decoded.flip();
            return failedAt(displayName, decoded.toString(), decoded.length(), RuleId.YAML_ENCODING, "is not UTF-8 text"
                    + " (byte " + in.position() + " cannot be decoded)", "save the file as UTF-8");
        }
        decoded.flip();
        String text = decoded.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failedAt(displayName, text, nul, RuleId.YAML_ENCODING,
                    "contains NUL characters: a binary file, not YAML",
                    "name a YAML file");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return readText(text, displayName);
    }

    public YamlDocument readText(String text, String displayName) {
        Node common = BlockYaml.compose(text, RESOLVER, limits);
        return common != null ? convert(common, displayName, new Problems()) : readWithSnakeYaml(text, displayName);
    }

    /** The same, with SnakeYAML's scanner, parser and composer whatever the text's shape (BlockYamlTest). */
    YamlDocument readWithSnakeYaml(String text, String displayName) {
        Problems problems = new Problems();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(Math.max(limits.maxBytes(), 1));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node root;
        StreamReader reader = new StreamReader(new StringReader(text));
        try {
            List<Node> docs = new ArrayList<>();
            Composer composer = new Composer(new ParserImpl(reader, options), RESOLVER, options);
            while (composer.checkNode()) {
                docs.add(composer.getNode());
            }
            if (docs.size() > 1) {
                Location second = at(displayName, docs.get(1).getStartMark());
                problems.error(RuleId.YAML_SYNTAX, second, "", "more than one YAML document in the file",
                        "keep one document; remove the '---' separator");
                return new YamlDocument(displayName, Optional.empty(), problems.sorted());
            }
            root = docs.isEmpty() ? null : docs.get(0);
        } catch (MarkedYAMLException e) {
            String what = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            boolean unterminated = e.getContextMark() != null && context.contains("while scanning a quoted scalar")
                    && what.contains("end of stream");
            if (unterminated) { // where the quote opens, not where the file ends
                problems.error(RuleId.YAML_SYNTAX, at(displayName, e.getContextMark()), "",
                        "unterminated quoted string:"
                        + " this quote is never closed", "close the quote on the line where it opens");
                return new YamlDocument(displayName, Optional.empty(), problems.sorted());
            }
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.error(ruleFor(what), at(displayName, mark), "", what + context, fixFor(what));
            return new YamlDocument(displayName, Optional.empty(), problems.sorted());
        } catch (ReaderException e) {
            return failedAt(displayName, text, text.offsetByCodePoints(0, Math.min(e.getPosition(),
                    text.codePointCount(0, text.length()))), RuleId.YAML_SYNTAX, "control character U+" + String.format(
                    "%04X", e.getCodePoint()) + " is not allowed in YAML", "remove it, or write it as an escape"
                    + " (\\x07) inside a double-quoted string");
        } catch (YAMLException | StackOverflowError e) {
            String msg = e.getMessage() == null ? "nested too deeply" : e.getMessage();
            // no mark on these: the nesting limit is found again with its place, else where the reader had got to
            Mark mark = msg.startsWith("Nesting Depth") ? tooDeep(text, limits.maxDepth()) : reader.getMark();
            problems.error(ruleFor(msg), at(displayName, mark), "", firstLine(msg), fixFor(msg));
            return new YamlDocument(displayName, Optional.empty(), problems.sorted());
        }
        java.util.OptionalInt tab = PyYamlTabs.firstRefused(text, options);
        if (tab.isPresent()) {
            int offset = text.offsetByCodePoints(0, tab.getAsInt());
            return failedAt(displayName, text, offset, RuleId.YAML_SYNTAX, "a tab outside quotes, block scalars and"
                    + " comments: PyYAML, which the stack reads it with, refuses it (\"found character '\\t' that"
                    + " cannot start any token\"), although other YAML readers skip it", "replace the tab by spaces"
                    + " (or delete it), or quote the value that contains it");
        }
        if (root == null) {
            problems.error(RuleId.YAML_EMPTY, new Location(displayName, 1, 1), "", "the file is empty",
                    "write the YAML content, starting with a mapping");
            return new YamlDocument(displayName, Optional.empty(), problems.sorted());
        }
        return convert(root, displayName, problems);
    }

    /** The node graph as a {@link YNode} tree, with the problems of composing it. */
    private YamlDocument convert(Node root, String displayName, Problems problems) {
        Converter c = new Converter(displayName, problems);
        YNode node;
        try {
            node = c.convert(root, 0);
        } catch (LimitExceeded e) {
            problems.error(RuleId.YAML_LIMIT, e.where, "", e.getMessage(),
                    "simplify the file: fewer aliases, less nesting");
            return new YamlDocument(displayName, Optional.empty(), problems.sorted());
        }
        return new YamlDocument(displayName, Optional.of(node), problems.sorted());
    }

    /**
     * Where the first collection deeper than {@code maxDepth} starts: the parser's events (a loop, not a recursion)
     * counted without SnakeYAML's own limit, which says no place. Only on that error path.
     */
    private static Mark tooDeep(String text, int maxDepth) {
        LoaderOptions unlimited = new LoaderOptions();
        unlimited.setNestingDepthLimit(Integer.MAX_VALUE);
        unlimited.setCodePointLimit(Math.max(text.length(), 1));
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), unlimited);
        int depth = 0;
        try {
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                if (e instanceof CollectionStartEvent && ++depth > maxDepth) {
                    return e.getStartMark();
                }
                if (e instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static RuleId ruleFor(String what) {
        String l = what.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("undefined alias")) {
            return RuleId.YAML_SYNTAX;
        }
        return l.contains("alias") || l.contains("nesting") || l.contains("limit") || l.contains("nested")
                ? RuleId.YAML_LIMIT : RuleId.YAML_SYNTAX;
    }

    private static String fixFor(String what) {
        String l = what.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (l.contains("undefined alias")) {
            return "define the anchor ('&name') before the alias ('*name') that uses it";
        }
        if (l.contains("alias")) {
            return "use fewer anchors and aliases";
        }
        if (l.contains("nest")) {
            return "flatten the structure";
        }
        if (l.contains("mapping values are not allowed")) {
            return "quote the value, or put a space after the key's colon and fix the indentation";
        }
        return "fix the YAML syntax at this position";
    }

    private static YamlDocument failed(String file, RuleId rule, String message, String fix) {
        return new YamlDocument(file, Optional.empty(), List.of(Problem.error(rule, Location.of(file), "",
                message, fix)));
    }

    /** A whole-file failure, positioned at character {@code offset} of {@code text}. */
    private static YamlDocument failedAt(String file, String text, int offset, RuleId rule, String message,
            String fix) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new YamlDocument(file, Optional.empty(), List.of(Problem.error(rule, new Location(file, line, col), "",
                message, fix)));
    }

    static Location at(String file, Mark mark) {
        return mark == null ? Location.of(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static final class LimitExceeded extends RuntimeException {
        final Location where;

        LimitExceeded(String message, Location where) {
            super(message);
            this.where = where;
        }
    }

    /** Node graph → YNode tree; expands aliases and merge keys, checks duplicates, counts nodes, finds cycles. */
    private final class Converter {
        private final String file;
        private final Problems problems;
        private final IdentityHashMap<Node, Boolean> active = new IdentityHashMap<>();
        private int nodes;

        Converter(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        YNode convert(Node n, int depth) {
            Location where = at(file, n.getStartMark());
            if (!SAFE_TAGS.contains(n.getTag().getValue())) {
                problems.error(RuleId.YAML_SYNTAX, where, "", "tag '" + n.getTag().getValue() + "' is not allowed:"
                        + " PyYAML's safe loader, which the stack reads it with, has no constructor for it",
                        "remove the tag");
            }
            if (++nodes > limits.maxNodes()) {
                throw new LimitExceeded("more than " + limits.maxNodes() + " nodes once aliases are expanded", where);
            }
            if (depth > limits.maxDepth()) {
                throw new LimitExceeded("nested deeper than " + limits.maxDepth() + " levels", where);
            }
            if (n instanceof ScalarNode s) {
                return scalar(s, where);
            }
            if (active.put(n, Boolean.TRUE) != null) {
                throw new LimitExceeded("a recursive alias refers to its own ancestor", where);
            }
            try {
                if (n instanceof SequenceNode seq) {
                    List<YNode> items = new ArrayList<>();
                    for (Node item : seq.getValue()) {
                        items.add(convert(item, depth + 1));
                    }
                    return new YSeq(items, where);
                }
                return map((MappingNode) n, where, depth);
            } finally {
                active.remove(n);
            }
        }

        private YScalar scalar(ScalarNode s, Location where) {
            Tag tag = s.getTag();
            YScalar.ScalarType type;
            if (Tag.STR.equals(tag)) {
                type = YScalar.ScalarType.STRING;
            } else if (Tag.INT.equals(tag)) {
                type = YScalar.ScalarType.INT;
            } else if (Tag.FLOAT.equals(tag)) {
                boolean pyyamlFloat = s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                        || PyYamlFloat.PATTERN.matcher(s.getValue()).matches();
                type = pyyamlFloat ? YScalar.ScalarType.FLOAT : YScalar.ScalarType.STRING;
            } else if (Tag.BOOL.equals(tag)) {
                type = YScalar.ScalarType.BOOL;
            } else if (Tag.NULL.equals(tag)) {
                type = YScalar.ScalarType.NULL;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                type = YScalar.ScalarType.TIMESTAMP;
            } else {
                type = YScalar.ScalarType.OTHER;
            }
            return new YScalar(s.getValue(), type, s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN, where);
        }

        private YMap map(MappingNode m, Location where, int depth) {
            Map<String, YMap.Entry> own = new LinkedHashMap<>();
            Map<String, YMap.Entry> merged = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                Location kl = at(file, k.getStartMark());
                if (Tag.MERGE.equals(k.getTag())) {
                    mergeInto(merged, convert(t.getValueNode(), depth + 1), kl);
                    continue;
                }
                if (!(k instanceof ScalarNode ks)) {
                    problems.error(RuleId.YAML_SYNTAX, kl, "", "a mapping key must be a plain value, not a " +
                            (k instanceof SequenceNode ? "list" : "mapping"), "use a string key");
                    continue;
                }
                String key = ks.getValue();
                YNode value = convert(t.getValueNode(), depth + 1);
                YMap.Entry previous = own.get(key);
                if (previous != null) {
                    if (duplicates == DuplicateKeys.ERROR) {
                        problems.error(RuleId.YAML_DUPLICATE_KEY, kl, "", "duplicate key '" + key + "' (first at line "
                                + previous.keyLocation().line() + ")", "keep one '" + key + "' entry");
                    } else {
                        problems.warning(RuleId.YAML_DUPLICATE_KEY, kl, "",
                                "duplicate key '" + key + "' (first at line "
                                + previous.keyLocation().line() + "); PyYAML silently keeps this last value",
                                "keep one '" + key + "' entry");
                    }
                    own.remove(key);
                }
                own.put(key, new YMap.Entry(key, kl, value));
            }
            List<YMap.Entry> all = new ArrayList<>();
            for (Map.Entry<String, YMap.Entry> me : merged.entrySet()) {
                if (!own.containsKey(me.getKey())) {
                    all.add(me.getValue());
                }
            }
            all.addAll(own.values());
            return new YMap(all, where);
        }

        private void mergeInto(Map<String, YMap.Entry> merged, YNode source, Location kl) {
            if (source instanceof YMap sm) {
                sm.entries().forEach(merged::putIfAbsent);
            } else if (source instanceof YSeq seq) {
                for (YNode item : seq.items()) {
                    mergeInto(merged, item, kl);
                }
            } else {
                problems.error(RuleId.YAML_SYNTAX, kl, "", "a merge key '<<' needs a mapping or a list of mappings",
                        "merge a mapping: '<<: *anchor'");
            }
        }
    }
}
