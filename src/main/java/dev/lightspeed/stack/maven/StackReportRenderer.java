package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.report.StackReport;
import java.util.List;
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
                : ", llama-stack " + report.llamaStack() + ", distribution " + report.distribution()) + ": "
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
        report.providers().forEach(p -> byApi.computeIfAbsent(p.api(), a -> new java.util.ArrayList<>()).add(p));
        startSection("Providers per API", "providers");
        startTable();
        tableHeader(new String[] {"API", "Provider id", "Type", "LCS support", "Why"});
        byApi.values().forEach(rows -> rows.forEach(p -> tableRow(new String[] {p.api(), p.providerId(),
            p.providerType(), p.supported() ? "supported" : p.allowReason() != null ? "allowed by exception"
                    : "not supported", p.supportNote()})));
        endTable();
        endSection();
    }

    private void exceptions() {
        startSection("Exceptions (allowUnsupported)", "exceptions");
        if (report.exceptions().isEmpty()) {
            paragraph("None: every provider is supported by Lightspeed Core.");
        } else {
            startTable();
            tableHeader(new String[] {"Provider type", "Reason"});
            report.exceptions().forEach((type, reason) -> tableRow(new String[] {type, reason}));
            endTable();
        }
        endSection();
    }

    private void resources() {
        startSection("Resources", "resources");
        if (report.resources().isEmpty()) {
            paragraph("None declared.");
        } else {
            startTable();
            tableHeader(new String[] {"Kind", "Id", "Provider id"});
            report.resources().forEach(r -> tableRow(new String[] {r.kind(), r.id(),
                r.providerId() == null ? "" : r.providerId()}));
            endTable();
        }
        endSection();
    }

    private void packages() {
        startSection("llslibdev packages per provider", "packages");
        startTable();
        tableHeader(new String[] {"Provider", "Requirements"});
        report.providers().forEach(p -> tableRow(new String[] {p.api() + ": " + p.providerType(),
            String.join(", ", p.requirements())}));
        endTable();
        if (!report.dependencies().isEmpty()) {
            paragraph("The declaration's dependencies: " + String.join("; ", report.dependencies()) + ".");
        }
        endSection();
    }

    private void problems() {
        startSection("Problems", "problems");
        if (report.problems().isEmpty()) {
            paragraph("None: generate accepts this declaration.");
        } else {
            startTable();
            tableHeader(new String[] {"Severity", "Problem"});
            for (Problem p : report.problems()) {
                tableRow(new String[] {p.severity().name().toLowerCase(java.util.Locale.ROOT), p.oneLine()});
            }
            endTable();
        }
        endSection();
    }
}
