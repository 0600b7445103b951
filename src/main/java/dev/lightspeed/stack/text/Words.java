package dev.lightspeed.stack.text;

/** Small helpers for English message text. */
public final class Words {

    private Words() {
    }

    /** The word with its indefinite article, by its first letter: "an inference", "a vector_io". */
    public static String article(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }
}
