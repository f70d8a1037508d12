package net.wsustopology.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import net.wsustopology.io.csv.CsvFormatException;
import net.wsustopology.io.csv.CsvImport;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Builds a plan from a CSV file (one server a row; columns in the README), lays it out,"
                + " saves it and prints its findings.",
                "A bad row is reported with its line number and nothing is written (exit 2).",
                "Exit 1 when the imported plan has error findings (the file is written all the same)."})
final class ImportCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "The CSV file.")
    private Path csv;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The plan to write (*.wsus.json).")
    private Path to;

    @Override public Integer call() {
        if (isSameFile(csv, to)) {
            throw new CliError("refusing to write the plan over " + csv + ", the CSV file it is imported from: choose another --to");
        }
        Topology topology;
        try {
            topology = CsvImport.read(csv);
        } catch (CsvFormatException e) {
            throw new CliError(csv + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliError(PlanFiles.cannotRead(csv, e), e);
        }
        new TreeLayout().placeUnpinned(topology);
        PlanFiles.save(topology, to);
        List<Finding> findings = new Validator().validate(topology);
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : findings) {
            out.println(FindingLine.of(to.toString(), f));
        }
        out.println(to + ": imported " + topology.size() + " servers, " + findings.size() + " findings");
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? WsusCli.EXIT_FINDINGS : WsusCli.EXIT_OK;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
