package dev.lightspeed.stack.pip;

import java.util.Set;

/**
 * Parses a PEP 508 environment marker ({@code python_version >= "3.10" and sys_platform == 'linux'}) and renders it
 * in the canonical form of {@code packaging}: single spaces between tokens, double-quoted strings, no space inside
 * parentheses.
 */
final class MarkerParser extends Pep508Scanner {

    private static final Set<String> VARIABLES = Set.of("python_version", "python_full_version", "os_name",
            "sys_platform", "platform_release", "platform_system", "platform_version", "platform_machine",
            "platform_python_implementation", "implementation_name", "implementation_version", "extra",
            "dependency_groups", "extras");

    /**
     * Deepest nesting of parentheses: {@code packaging} has no limit of its own, but Python's recursion limit stops
     * it a few hundred levels down; real markers use one or two.
     */
    static final int MAX_DEPTH = 32;

    private int depth;

    MarkerParser(String text, int start) {
        super(text, start);
    }

    String parse() {
        skipWs();
        if (atEnd()) {
            throw error("expected a marker after ';'");
        }
        String result = or();
        skipWs();
        if (!atEnd()) {
            throw error("unexpected '" + text.charAt(pos) + "' in the marker");
        }
        return result;
    }

    private String or() {
        StringBuilder sb = new StringBuilder(and());
        while (keyword("or")) {
            sb.append(" or ").append(and());
        }
        return sb.toString();
    }

    private String and() {
        StringBuilder sb = new StringBuilder(expr());
        while (keyword("and")) {
            sb.append(" and ").append(expr());
        }
        return sb.toString();
    }

    private String expr() {
        skipWs();
        if (peek() == '(') {
            if (++depth > MAX_DEPTH) {
                throw error("parentheses nested more than " + MAX_DEPTH + " deep in the marker");
            }
            pos++;
            String inner = or();
            depth--;
            skipWs();
            if (peek() != ')') {
                throw error("expected ')' in the marker");
            }
            pos++;
            return "(" + inner + ")";
        }
        String left = value();
        String op = operator();
        String right = value();
        return left + " " + op + " " + right;
    }

    private String value() {
        skipWs();
        char c = peek();
        if (c == '"' || c == '\'') {
            int start = pos;
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw error("unterminated string in the marker");
            }
            pos = end + 1;
            String s = text.substring(start + 1, end);
            return s.indexOf('"') >= 0 ? "'" + s + "'" : "\"" + s + "\"";
        }
        int start = pos;
        while (!atEnd() && (isAlnum(peek()) || peek() == '_' || peek() == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.isEmpty()) {
            throw error(atEnd() ? "expected a marker variable or a quoted string, found the end"
                    : "expected a marker variable or a quoted string, found '" + c + "'");
        }
        if (!VARIABLES.contains(name)) {
            pos = start;
            throw error("unknown marker variable '" + name + "'");
        }
        return name;
    }

    private String operator() {
        skipWs();
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        if (keyword("in")) {
            return "in";
        }
        int save = pos;
        if (keyword("not")) {
            if (keyword("in")) {
                return "not in";
            }
            pos = save;
        }
        throw error(atEnd() ? "expected a marker operator, found the end" : "expected a marker operator");
    }

    private boolean keyword(String word) {
        int save = pos;
        skipWs();
        if (text.startsWith(word, pos)) {
            int end = pos + word.length();
            boolean boundary = end >= text.length() || !(isAlnum(text.charAt(end))
                    || text.charAt(end) == '_');
            boolean spaced = save < pos || pos == 0 || !isAlnum(text.charAt(pos - 1));
            if (boundary && spaced) {
                pos = end;
                return true;
            }
        }
        pos = save;
        return false;
    }
}
