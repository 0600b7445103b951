package dev.lightspeed.stack.problem;

import java.util.Objects;

/**
 * Where something stands in a user's file: the file as the user named it, and a 1-based line and column
 * (0 when unknown). {@link #NONE} is for problems that belong to no file.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static final Location NONE = new Location("", 0, 0);

    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** The same place {@code columns} further along its line (unchanged when the line is not known). */
    public Location shifted(int columns) {
        return line <= 0 || column <= 0 ? this : new Location(file, line, column + Math.max(columns, 0));
    }

    public boolean isKnown() {
        return !file.isEmpty();
    }

    /** {@code file:line:col}, {@code file:line}, {@code file} or empty, depending on what is known. */
    @Override
    public String toString() {
        if (file.isEmpty()) {
            return "";
        }
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    // equals and hashCode written out (the record's own, same values): a record's generated ones are bootstrapped
    // through java.lang.invoke on first use, some 40 classes on a build's first call
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && file.equals(l.file) && line == l.line && column == l.column;
    }

    @Override
    public int hashCode() {
        return (31 * file.hashCode() + line) * 31 + column;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
