package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.report.StackReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Renders a {@link StackReport} into a Doxia sink: a summary, the providers per API with LCS support and its reason,
 * the {@code allowUnsupported} exceptions, the resources, the {@code llslibdev} requirements per provider and any
 * problems {@code generate} would report.
 */
final class StackReportRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = "Lightspeed stack";

    private final StackReport report;

    StackReportRenderer(Sink sink, StackReport report) {
        super(sink);
        this.report = report;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE, "stack");
        paragraph("Declaration " + report.declaration() + (report.llamaStack() == null ? ""
                : ", " + BundledCatalogs.displayName(report.llamaStack()) + ", distribution " + report.distribution()) + ": "
                + report.providers().size() + " providers (" + report.exceptions().size()
                + " by exception to Lightspeed Core's support policy), " + report.resources().size() + " resources.");
        providers();
        exceptions();
        resources();
        packages();
        problems();
        endSection();
    }

    private void providers() {
        Map<String, List<StackReport.ProviderRow>> byApi = new TreeMap<>();
        report.providers().forEach(p -> byApi.computeIfAbsent(p.api(), a -> new ArrayList<>()).add(p));
        List<String[]> rows = new ArrayList<>();
        byApi.values().forEach(ps -> ps.forEach(p -> rows.add(new String[] {p.api(), p.providerId(), p.providerType(),
            p.supported() ? "supported" : p.allowReason() != null ? "allowed by exception" : "not supported",
            p.supportNote()})));
        section("Providers per API", "providers", new String[] {"API", "Provider id", "Type", "LCS support", "Why"},
                rows, "None declared.");
        endSection();
    }

    private void exceptions() {
        List<String[]> rows = new ArrayList<>();
        report.exceptions().forEach((type, reason) -> rows.add(new String[] {type, reason}));
        section("Exceptions (allowUnsupported)", "exceptions", new String[] {"Provider type", "Reason"}, rows,
                "None: every provider is supported by Lightspeed Core.");
        endSection();
    }

    private void resources() {
        section("Resources", "resources", new String[] {"Kind", "Id", "Provider id"}, report.resources().stream()
                .map(r -> new String[] {r.kind(), r.id(), r.providerId() == null ? "" : r.providerId()}).toList(),
                "None declared.");
        endSection();
    }

    private void packages() {
        section("llslibdev packages per provider", "packages", new String[] {"Provider", "Requirements"},
                report.providers().stream().map(p -> new String[] {p.api() + ": " + p.providerType(),
                    String.join(", ", p.requirements())}).toList(), "None.");
        if (!report.dependencies().isEmpty()) {
            paragraph("The declaration's dependencies: " + String.join("; ", report.dependencies()) + ".");
        }
        endSection();
    }

    private void problems() {
        section("Problems", "problems", new String[] {"Severity", "Problem"}, report.problems().stream()
                .map(p -> new String[] {p.severity().name().toLowerCase(Locale.ROOT), p.oneLine()}).toList(),
                "None: generate accepts this declaration.");
        endSection();
    }

    /** Opens a section (the caller closes it) holding a table of {@code rows}, or {@code whenEmpty}. */
    private void section(String title, String anchor, String[] header, List<String[]> rows, String whenEmpty) {
        startSection(title, anchor);
        if (rows.isEmpty()) {
            paragraph(whenEmpty);
            return;
        }
        startTable();
        tableHeader(header);
        rows.forEach(this::tableRow);
        endTable();
    }
}
