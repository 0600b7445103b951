package dev.lightspeed.stack.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?": the known names closest to a misspelled one (Levenshtein distance, from commons-text). */
public final class Similar {

    private Similar() {
    }

    /**
     * Up to {@code max} candidates whose edit distance to {@code wrong} is small for its length (at most a third of the
     * longer name, at least 2), closest first, ties broken alphabetically. A candidate that contains the wrong name,
     * or is contained in it, also counts ({@code faiss} for {@code inline::faiss}).
     */
    public static List<String> closest(String wrong, Collection<String> candidates, int max) {
        String w = wrong.toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {
        }
        return candidates.stream()
                .distinct()
                .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= Math.max(2, Math.max(w.length(), s.name().length()) / 3))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .map(Scored::name)
                .toList();
    }

    private static int distance(String a, String b) {
        if (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a))) {
            return 1;
        }
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    /** {@code 'a', 'b' or 'c'}: a human list of quoted names. */
    public static String quotedList(Collection<String> names, String conjunction) {
        List<String> q = names.stream().map(n -> "'" + n + "'").toList();
        if (q.isEmpty()) {
            return "";
        }
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " " + conjunction + " " + q.get(q.size() - 1);
    }
}
