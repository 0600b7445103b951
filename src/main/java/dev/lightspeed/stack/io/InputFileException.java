package dev.lightspeed.stack.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input file that {@link InputFile} does not read: missing, a directory, a special file (FIFO, device, socket),
 * too large, or unreadable. {@link #reason()} says what the path is ("is a named pipe (FIFO), not a regular file")
 * without naming it, for messages that put the file in their location; {@link #getMessage()} names it.
 */
public final class InputFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the path. */
    public enum Kind { MISSING, DIRECTORY, SPECIAL, TOO_LARGE, UNREADABLE }

    private final transient Path file;
    private final Kind kind;
    private final String reason;
    private final String fix;

    InputFileException(Path file, Kind kind, String reason, String fix) {
        super(file + ": " + reason);
        this.file = file;
        this.kind = kind;
        this.reason = reason;
        this.fix = fix;
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong, without the path: "does not exist", "is a directory, not a file", … */
    public String reason() {
        return reason;
    }

    /** How to fix it. */
    public String fix() {
        return fix;
    }

    /** No stack trace: this is an answer about the user's input, not a bug. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
