package net.wsustopology.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks plans against the planning rules and lists the findings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:a file is missing or not a valid plan"},
        footer = "%nExample: wsus-topology validate --json --fail-on warning plan.wsus.json")
final class ValidateCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    private final Validator validator;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plans to check (*.wsus.json).")
    private List<Path> files;

    @Option(names = "--json", description = "Print one JSON object with every file's findings.")
    private boolean json;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = SeverityConverter.class,
            description = "Exit with 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE}).")
    private Severity failOn;

    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override public Severity convert(String value) {
            try {
                return Severity.fromCode(value);
            } catch (IllegalArgumentException unknown) {
                throw new CommandLine.TypeConversionException("expected error, warning or info but found '" + value + "'");
            }
        }
    }

    ValidateCommand(Validator validator) { this.validator = validator; }

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files) reports.add(check(file, validator, err));
        if (json) out.print(ValidationJson.of(reports));
        else for (FileReport r : reports) printHuman(r, out);
        out.flush();
        return exitCode(reports);
    }

    private static FileReport check(Path file, Validator validator, PrintWriter err) {
        try {
            Topology topology = PlanFiles.load(file);
            return FileReport.ofFindings(file.toString(), topology.size(), SplitValidation.validate(validator, topology));
        } catch (CliError e) {
            err.println(Terminal.line(e.getMessage()));
            err.flush();
            return FileReport.ofError(file.toString(), e.getMessage());
        }
    }

    private static void printHuman(FileReport r, PrintWriter out) {
        if (r.failed()) return;
        for (Finding f : r.issues()) {
            out.println(FindingLine.of(r.file(), f));
        }
        out.println(r.file() + ": " + count(r.servers(), "server") + ", " + (r.issues().isEmpty() ? "no issues"
                : count(r.count(Severity.ERROR), "error") + ", " + count(r.count(Severity.WARNING), "warning")
                + ", " + r.count(Severity.INFO) + " info"));
    }

    private static String count(long n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }

    private int exitCode(List<FileReport> reports) {
        int code = WsusCli.EXIT_OK;
        for (FileReport r : reports) {
            if (r.failed()) return WsusCli.EXIT_BAD_INPUT;
            if (r.hasAtLeast(failOn)) code = WsusCli.EXIT_FINDINGS;
        }
        return code;
    }
}
