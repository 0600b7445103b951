package dev.lightspeed.stack.pip;

/**
 * A requirement or a pip line that does not parse. {@link #column()} is 1-based and counts characters of the text
 * that was given to the parser ({@link #text()}); {@link #reason()} is the message without the text and column.
 */
public final class RequirementSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int column;
    private final String reason;

    public RequirementSyntaxException(String text, int column, String reason) {
        super("invalid requirement \"" + text + "\" at column " + column + ": " + reason);
        this.text = text;
        this.column = column;
        this.reason = reason;
    }

    /** The whole text that was parsed. */
    public String text() {
        return text;
    }

    /** 1-based column of the first offending character. */
    public int column() {
        return column;
    }

    /** What is wrong, without the text and the column. */
    public String reason() {
        return reason;
    }
}
