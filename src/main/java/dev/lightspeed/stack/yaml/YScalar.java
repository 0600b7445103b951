package dev.lightspeed.stack.yaml;

import dev.lightspeed.stack.problem.Location;
import java.math.BigInteger;
import java.util.Locale;

/** A scalar: its text as written (without quotes), the type YAML 1.1 resolves it to, and whether it was quoted. */
public record YScalar(String text, ScalarType type, boolean quoted, Location location) implements YNode {

    /** TIMESTAMP: an unquoted date such as {@code 2025-01-01}, which PyYAML reads as a date, not a string. */
    public enum ScalarType { STRING, INT, FLOAT, BOOL, NULL, TIMESTAMP, OTHER }

    public static YScalar string(String text, Location where) {
        return new YScalar(text, ScalarType.STRING, true, where);
    }

    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    public boolean isString() {
        return type == ScalarType.STRING || type == ScalarType.OTHER;
    }

    @Override
    public String kind() {
        return switch (type) {
            case STRING, OTHER -> "string";
            case TIMESTAMP -> "date";
            case INT -> "integer";
            case FLOAT -> "number";
            case BOOL -> "boolean";
            case NULL -> "null";
        };
    }

    @Override
    public Object toPlain() {
        return switch (type) {
            case STRING, OTHER, TIMESTAMP -> text;
            case NULL -> null;
            case BOOL -> parseBool(text);
            case INT -> parseInt(text);
            case FLOAT -> parseFloat(text);
        };
    }

    static Boolean parseBool(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y");
    }

    static Object parseInt(String t) {
        String s = t.replace("_", "");
        int sign = 1;
        if (s.startsWith("-")) {
            sign = -1;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        BigInteger v;
        try {
            if (s.startsWith("0x")) {
                v = new BigInteger(s.substring(2), 16);
            } else if (s.startsWith("0b")) {
                v = new BigInteger(s.substring(2), 2);
            } else if (s.contains(":")) {
                v = BigInteger.ZERO;
                for (String part : s.split(":")) {
                    v = v.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else if (s.length() > 1 && s.startsWith("0")) {
                v = new BigInteger(s, 8);
            } else {
                v = new BigInteger(s);
            }
        } catch (NumberFormatException e) {
            return t;
        }
        v = sign < 0 ? v.negate() : v;
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static Object parseFloat(String t) {
        String s = t.replace("_", "").toLowerCase(Locale.ROOT);
        if (s.endsWith(".inf")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.equals(".nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return t;
        }
    }
}
