package dev.lightspeed.stack.pip;

/**
 * What the PEP 508 parsers share: the text, a position in it, the comparison operators (longest first, so
 * {@code ===} wins over {@code ==}), and errors that carry the 1-based column. Not thread-safe; one per parse.
 */
abstract class Pep508Scanner {

    static final String[] OPERATORS = {"===", "==", "!=", "<=", ">=", "~=", "<", ">"};

    final String text;
    int pos;

    Pep508Scanner(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    static boolean isAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    final void skipWs() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    final boolean atEnd() {
        return pos >= text.length();
    }

    final char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    final RequirementSyntaxException error(String reason) {
        return new RequirementSyntaxException(text, pos + 1, reason);
    }
}
