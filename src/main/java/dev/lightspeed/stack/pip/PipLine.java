package dev.lightspeed.stack.pip;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of llama-stack's {@code pip_packages}: one or more requirements plus pip options, as llama-stack passes
 * them to {@code uv pip install}, e.g. {@code "torch torchvision torchao>=0.12.0 --extra-index-url https://…"}
 * (three requirements, one index) or {@code "sentence-transformers --no-deps"}.
 *
 * <p>Splitting follows the shell: words are separated by whitespace, quotes group a word. A word that cannot start
 * a requirement ({@code >=1.0}, {@code [extra]}, {@code ;}, {@code @}, {@code ,}) continues the previous one, so
 * {@code "foo >= 1.0"} is one requirement, and a marker ({@code ; …}) runs to the next option. A word wrapped in
 * quotes is one requirement on its own.
 *
 * <p>Options understood: {@code --index-url URL}, {@code -i URL}, {@code --extra-index-url URL} (each also with
 * {@code =URL}) and {@code --no-deps}. The options apply to every requirement of the line.
 *
 * @param raw          the text as given
 * @param requirements the requirements, in the order written
 * @param options      the options, in the order written
 */
public record PipLine(String raw, List<Requirement> requirements, List<IndexOption> options) {

    public PipLine {
        Objects.requireNonNull(raw, "raw");
        requirements = List.copyOf(requirements);
        options = List.copyOf(options);
    }

    /**
     * Splits and parses one pip string.
     *
     * @throws RequirementSyntaxException for a requirement that does not parse, an unknown option, an option
     *                                    without its URL, or a line with no requirement; the column is 1-based in
     *                                    {@code raw}
     */
    public static PipLine parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        List<Word> words = Word.split(raw);
        List<Requirement> requirements = new ArrayList<>();
        List<IndexOption> options = new ArrayList<>();
        int pieceStart = -1;
        int pieceEnd = -1;
        boolean inMarker = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.text.startsWith("-")) {
                if (pieceStart >= 0) {
                    requirements.add(requirement(raw, pieceStart, pieceEnd));
                    pieceStart = -1;
                    inMarker = false;
                }
                i = option(raw, words, i, options);
                continue;
            }
            boolean inside = pieceStart >= 0 && (inMarker || continuesNext(raw.substring(pieceStart, pieceEnd)));
            if (w.isQuoted() && !inside) {
                if (pieceStart >= 0) {
                    requirements.add(requirement(raw, pieceStart, pieceEnd));
                    pieceStart = -1;
                    inMarker = false;
                }
                requirements.add(requirement(raw, w.start, w.end));
                continue;
            }
            boolean continues = inside || (pieceStart >= 0 && startsAsContinuation(w));
            if (!continues) {
                if (pieceStart >= 0) {
                    requirements.add(requirement(raw, pieceStart, pieceEnd));
                }
                pieceStart = w.start;
            }
            pieceEnd = w.end;
            inMarker = inMarker || w.text.indexOf(';') >= 0;
        }
        if (pieceStart >= 0) {
            requirements.add(requirement(raw, pieceStart, pieceEnd));
        }
        if (requirements.isEmpty()) {
            throw new RequirementSyntaxException(raw, 1, "no requirement in the pip line");
        }
        return new PipLine(raw, requirements, options);
    }

    /** True when the line carries {@code --no-deps}. */
    public boolean noDeps() {
        for (IndexOption o : options) {
            if (o.kind() == IndexOptionKind.NO_DEPS) {
                return true;
            }
        }
        return false;
    }

    /** The index options ({@code --index-url}, {@code --extra-index-url}), in the order written. */
    public List<IndexOption> indexes() {
        List<IndexOption> out = new ArrayList<>();
        for (IndexOption o : options) {
            if (o.isIndex()) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    private static Requirement requirement(String raw, int start, int end) {
        String text = raw.substring(start, end);
        String unquoted = Word.unquote(text);
        try {
            return Requirement.parse(unquoted);
        } catch (RequirementSyntaxException e) {
            int shift = unquoted.length() == text.length() ? 0 : 1;
            throw new RequirementSyntaxException(raw, start + shift + e.column(), e.reason());
        }
    }

    private static int option(String raw, List<Word> words, int i, List<IndexOption> out) {
        Word w = words.get(i);
        String name = w.text;
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
            value = Word.unquote(name.substring(eq + 1));
            name = name.substring(0, eq);
        }
        IndexOptionKind kind = switch (name) {
            case "--index-url", "-i" -> IndexOptionKind.INDEX_URL;
            case "--extra-index-url" -> IndexOptionKind.EXTRA_INDEX_URL;
            case "--no-deps" -> IndexOptionKind.NO_DEPS;
            default -> throw new RequirementSyntaxException(raw, w.start + 1, "unsupported pip option '" + name
                    + "' (supported: --index-url, --extra-index-url, --no-deps)");
        };
        if (kind == IndexOptionKind.NO_DEPS) {
            if (value != null) {
                throw new RequirementSyntaxException(raw, w.start + eq + 1, "--no-deps takes no value");
            }
            out.add(new IndexOption(kind, null));
            return i;
        }
        if (value == null) {
            if (i + 1 >= words.size() || words.get(i + 1).text.startsWith("-")) {
                throw new RequirementSyntaxException(raw, w.end + 1, name + " needs a URL");
            }
            i++;
            value = words.get(i).unquoted();
        }
        if (!value.matches("[A-Za-z][A-Za-z0-9+.-]*://\\S+")) {
            throw new RequirementSyntaxException(raw, w.start + 1, name + " needs a URL, got '" + value + "'");
        }
        out.add(new IndexOption(kind, value));
        return i;
    }

    private static boolean continuesNext(String piece) {
        String t = piece.stripTrailing();
        char last = t.charAt(t.length() - 1);
        return "<>=!~,@[(".indexOf(last) >= 0;
    }

    private static boolean startsAsContinuation(Word w) {
        return "<>=!~,@[(;".indexOf(w.text.charAt(0)) >= 0;
    }

    /** A whitespace-separated word of the line, quotes kept, with its offsets. */
    private record Word(String text, int start, int end) {

        static List<Word> split(String raw) {
            List<Word> words = new ArrayList<>();
            int i = 0;
            while (i < raw.length()) {
                if (Character.isWhitespace(raw.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                char quote = 0;
                while (i < raw.length() && (quote != 0 || !Character.isWhitespace(raw.charAt(i)))) {
                    char c = raw.charAt(i);
                    if (quote == 0 && (c == '"' || c == '\'')) {
                        quote = c;
                    } else if (c == quote) {
                        quote = 0;
                    }
                    i++;
                }
                if (quote != 0) {
                    throw new RequirementSyntaxException(raw, raw.lastIndexOf(quote) + 1, "unterminated quote");
                }
                words.add(new Word(raw.substring(start, i), start, i));
            }
            return words;
        }

        /** Strips one pair of quotes that wrap the whole text (shell style). */
        static String unquote(String s) {
            if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)
                    && s.indexOf(s.charAt(0), 1) == s.length() - 1) {
                return s.substring(1, s.length() - 1);
            }
            return s;
        }

        boolean isQuoted() {
            return !unquoted().equals(text);
        }

        String unquoted() {
            return unquote(text);
        }
    }
}
