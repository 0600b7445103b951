package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import found worth saying: problems for the log, and, for everything that is not carried over or is
 * changed on the way, a comment line for the top of the declaration, so nothing is dropped silently.
 * Rule ids: {@code import-not-carried} (WARN), {@code import-migrated} (INFO), {@code import-secret-moved} (WARN),
 * {@code import-default-added} (INFO, log only),
 * {@code import-unsupported-allowed} (INFO). Not thread-safe: one per import.
 */
final class ImportNotes {

    private final String file;
    private final Problems problems = new Problems();
    private final List<String> header = new ArrayList<>();

    ImportNotes(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Something of the source the declaration cannot carry: a warning and a header comment. */
    void notCarried(Location where, String path, String message) {
        problems.add(new Problem(Severity.WARNING, RuleId.IMPORT_NOT_CARRIED, at(where), path,
                message + "; not carried over",
                "check whether the stack still needs it"));
        header.add("not carried over: " + path + ": " + message);
    }

    /** Something rewritten for the target release: INFO and a header comment. */
    void migrated(Location where, String path, String message) {
        problems.add(new Problem(Severity.INFO, RuleId.IMPORT_MIGRATED, at(where), path, message, ""));
        header.add("migrated: " + path + ": " + message);
    }

    void secretMoved(Location where, String path, String variable) {
        problems.add(new Problem(Severity.WARNING, RuleId.IMPORT_SECRET_MOVED, at(where), path,
                "a literal secret was replaced by"
                + " ${env." + variable + "} (a literal secret would fail generate and end up in run.yaml)",
                "export " + variable + " with the value that was in the file, wherever the stack runs"));
        header.add("changed: " + path + ": the literal secret is now ${env." + variable + "}; export " + variable);
    }

    void azureKeySet(Location where, String path, String was, String now) {
        boolean optional = !now.equals("${env.AZURE_API_KEY}");
        problems.add(new Problem(Severity.WARNING, RuleId.IMPORT_AZURE_KEY, at(where), path,
                "the Azure api_key was " + was
                + "; it is now " + now + ", the variable Lightspeed Core puts the Entra ID token in" + (optional
                ? " (empty while it is unset: the provider is switched off by its id, and the stack expands its"
                + " config all the same, so the bare ${env.AZURE_API_KEY} would stop a stack that starts without it)"
                : ""), "export AZURE_API_KEY (Lightspeed Core does so itself when it authenticates with Entra ID)"));
        header.add("changed: " + path + ": " + was + " is now " + now + " (Lightspeed Core's Entra ID rule"
                + (optional ? "; empty while AZURE_API_KEY is unset, so the switched-off provider still starts" : "")
                + ")");
    }

    void coerced(Location where, String path, String was, Object now) {
        problems.add(new Problem(Severity.INFO, RuleId.IMPORT_COERCED, at(where), path,
                "'" + was + "' is written as " + now
                + ", the type the provider's schema wants (its pydantic config model reads it so too)", ""));
    }

    void defaultAdded(String path) {
        problems.add(new Problem(Severity.INFO, RuleId.IMPORT_DEFAULT_ADDED, Location.of(file), path,
                "not in the source;"
                + " generate writes the catalog default here", ""));
    }

    void unsupported(Location where, String path, String type) {
        problems.add(new Problem(Severity.INFO, RuleId.IMPORT_UNSUPPORTED_ALLOWED, at(where), path,
                type + " is not supported by"
                + " Lightspeed Core; the declaration allows it explicitly (allowUnsupported)", ""));
    }

    void add(Problem p) {
        problems.add(p);
    }

    void header(String line) {
        header.add(line);
    }

    List<Problem> problems() {
        return problems.sorted();
    }

    boolean hasErrors() {
        return problems.hasErrors();
    }

    List<String> header() {
        return List.copyOf(header);
    }

    private Location at(Location where) {
        return where == null ? Location.of(file) : where;
    }
}
