package net.wsustopology.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.export.DriftReport;
import net.wsustopology.export.Theme;
import net.wsustopology.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two plans: a plan with the file the collector script wrote from the live servers, or two"
                + " versions of a plan. Servers match by host name (a short name matches the one FQDN it begins), then by id.",
                "Prints one line per difference, grouped by server in rollout order: servers in one file only, every"
                        + " differing setting with both values, unreachable servers and failed last synchronizations.",
                "Exit 0 when nothing differs, 1 when something does, 2 for bad input."})
final class DiffCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLANNED", description = "The plan (*.wsus.json).")
    private Path planned;

    @Parameters(index = "1", paramLabel = "ACTUAL", description = "What is deployed (the collector's file) or another plan.")
    private Path actual;

    @Option(names = "--json", description = "Print one JSON object (SPEC section 2) instead of lines.")
    private boolean json;

    @Option(names = "--to", paramLabel = "REPORT", description = "Also write a drift report: REPORT.pdf (the plan drawn with the"
            + " compare marks, then every difference by server) or REPORT.csv (one row per difference).")
    private Path report;

    @Override public Integer call() {
        if (report != null && !DriftReport.canWrite(report)) {
            throw new CliError("a drift report is a .pdf or a .csv file, not " + report.getFileName());
        }
        Topology plannedPlan = PlanFiles.load(planned);
        Topology actualPlan = PlanFiles.load(actual);
        PlanDiff diff = PlanDiff.compare(plannedPlan, actualPlan);
        if (report != null) writeReport(new Comparison(plannedPlan, actualPlan, actual.getFileName().toString()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DiffJson.of(planned.toString(), actual.toString(), diff));
        } else {
            for (Difference d : diff.differences()) out.println(Terminal.line(d.line()));
            out.println(Terminal.line(summary(diff)));
        }
        out.flush();
        return diff.isEmpty() ? WsusCli.EXIT_OK : WsusCli.EXIT_FINDINGS;
    }

    private void writeReport(Comparison comparison) {
        try {
            DriftReport.write(comparison, planned.getFileName().toString(), report, Theme.LIGHT);
        } catch (IOException e) {
            throw new CliError("cannot write " + report + ": " + PlanFiles.reason(e), e);
        }
    }

    private String summary(PlanDiff diff) {
        if (diff.isEmpty()) return planned + " and " + actual + ": no differences";
        int[] counts = new int[Difference.Kind.values().length];
        for (Difference d : diff.differences()) counts[d.kind().ordinal()]++;
        return planned + " vs " + actual + ": " + counts[Difference.Kind.CHANGED.ordinal()] + " settings differ, "
                + counts[Difference.Kind.ONLY_PLANNED.ordinal()] + " planned only, "
                + counts[Difference.Kind.ONLY_ACTUAL.ordinal()] + " not planned, "
                + counts[Difference.Kind.UNREACHABLE.ordinal()] + " unreachable, "
                + counts[Difference.Kind.FAILED_SYNC.ordinal()] + " failed last sync";
    }
}
