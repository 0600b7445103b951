package dev.lightspeed.stack.pip;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written scanner for the PEP 508 grammar: name, extras, version specifiers or {@code @ url}, marker. Columns
 * in errors are 1-based offsets into the text given to the constructor. Whitespace is allowed wherever PEP 508
 * allows it; the result is the canonical form.
 */
final class Pep508Parser extends Pep508Scanner {

    Pep508Parser(String text) {
        super(text, 0);
    }

    Requirement requirement() {
        skipWs();
        if (atEnd()) {
            throw error("expected a package name, found nothing");
        }
        String name = identifier("a package name");
        skipWs();
        List<String> extras = List.of();
        if (peek() == '[') {
            extras = extras();
            skipWs();
        }
        String specifier = "";
        String url = null;
        if (peek() == '@') {
            pos++;
            skipWs();
            url = url();
            skipWs();
        } else if (peek() == '(') {
            pos++;
            skipWs();
            specifier = String.join(",", versionMany());
            skipWs();
            expect(')', "')' to close the version specifier");
            skipWs();
        } else if (isOperatorStart()) {
            specifier = String.join(",", versionMany());
            skipWs();
        }
        String marker = null;
        if (peek() == ';') {
            if (url != null && !Character.isWhitespace(text.charAt(pos - 1))) {
                throw error("expected whitespace between the URL and ';'");
            }
            pos++;
            marker = new MarkerParser(text, pos).parse();
            pos = text.length();
        }
        skipWs();
        if (!atEnd()) {
            throw error(unexpected() + " (expected a version specifier, '[', '@', ';' or the end)");
        }
        return new Requirement(name, extras, specifier, url, marker);
    }

    /** A bare specifier such as {@code >=1.0, <2} (also {@code (>=1.0)}); empty text gives no clauses. */
    List<String> specifierOnly() {
        skipWs();
        if (atEnd()) {
            return List.of();
        }
        List<String> clauses;
        if (peek() == '(') {
            pos++;
            skipWs();
            clauses = versionMany();
            skipWs();
            expect(')', "')' to close the version specifier");
        } else {
            clauses = versionMany();
        }
        skipWs();
        if (!atEnd()) {
            throw error(unexpected() + " (expected ',' and another version clause, or the end)");
        }
        return clauses;
    }

    private List<String> extras() {
        pos++; // '['
        skipWs();
        List<String> extras = new ArrayList<>();
        if (peek() == ']') {
            pos++;
            return extras;
        }
        while (true) {
            extras.add(identifier("an extra name"));
            skipWs();
            if (peek() == ',') {
                pos++;
                skipWs();
            } else if (peek() == ']') {
                pos++;
                return extras;
            } else {
                throw error(atEnd() ? "']' expected to close the extras" : unexpected() + " in the extras");
            }
        }
    }

    private List<String> versionMany() {
        List<String> clauses = new ArrayList<>();
        while (true) {
            clauses.add(versionOne());
            int save = pos;
            skipWs();
            if (peek() == ',') {
                pos++;
                skipWs();
            } else {
                pos = save;
                return clauses;
            }
        }
    }

    private String versionOne() {
        String op = null;
        for (String candidate : OPERATORS) {
            if (text.startsWith(candidate, pos)) {
                op = candidate;
                break;
            }
        }
        if (op == null) {
            throw error(atEnd() ? "expected a version operator (==, >=, <, ...), found the end"
                    : "expected a version operator (==, >=, <, ...), found " + unexpected());
        }
        pos += op.length();
        skipWs();
        int start = pos;
        while (!atEnd() && isVersionChar(peek())) {
            pos++;
        }
        String version = text.substring(start, pos);
        if (version.isEmpty()) {
            pos = start;
            throw error("expected a version after '" + op + "'");
        }
        checkVersion(op, version, start);
        return op + version;
    }

    private void checkVersion(String op, String version, int start) {
        if (op.equals("===")) {
            return;
        }
        String plain = version;
        if (version.endsWith(".*")) {
            if (!op.equals("==") && !op.equals("!=")) {
                pos = start;
                throw error("a '.*' suffix is only allowed after == and !=, not after '" + op + "'");
            }
            plain = version.substring(0, version.length() - 2);
        }
        if (!Versions.isValid(plain)) {
            pos = start;
            throw error("'" + version + "' is not a valid PEP 440 version");
        }
        if (op.equals("~=") && Versions.release(plain).map(r -> r.length < 2).orElse(false)) {
            pos = start;
            throw error("'~=' needs a version with at least two parts, e.g. ~=" + plain + ".0");
        }
    }

    private String url() {
        int start = pos;
        while (!atEnd() && !Character.isWhitespace(peek())) {
            pos++;
        }
        String url = text.substring(start, pos);
        int colon = url.indexOf(':');
        if (url.isEmpty() || colon <= 0 || !url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            pos = start;
            throw error("expected a URL with a scheme after '@'");
        }
        return url;
    }

    private String identifier(String what) {
        int start = pos;
        if (atEnd() || !isAlnum(peek())) {
            throw error("expected " + what + ", found " + unexpected());
        }
        while (!atEnd() && (isAlnum(peek()) || peek() == '.' || peek() == '-' || peek() == '_')) {
            pos++;
        }
        if (!isAlnum(text.charAt(pos - 1))) {
            pos--;
            throw error(what.replaceFirst("^an? ", "the ") + " must end with a letter or digit");
        }
        return text.substring(start, pos);
    }

    private boolean isOperatorStart() {
        char c = peek();
        return c == '=' || c == '!' || c == '<' || c == '>' || c == '~';
    }

    private static boolean isVersionChar(char c) {
        return isAlnum(c) || c == '.' || c == '*' || c == '+' || c == '!' || c == '-' || c == '_';
    }

    private void expect(char c, String what) {
        if (peek() != c) {
            throw error("expected " + what + ", found " + unexpected());
        }
        pos++;
    }

    private String unexpected() {
        return atEnd() ? "the end" : "'" + text.charAt(pos) + "'";
    }
}
