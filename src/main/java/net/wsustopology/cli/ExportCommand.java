package net.wsustopology.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.wsustopology.export.ExportFormat;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.Theme;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the plan as a picture, a presentation or a graph file.",
                "The extension of OUT picks the format: .svg, .png, .pdf (diagram, legend, findings, server table),"
                        + " .graphml (yEd), .dot (Graphviz), .csv (one row a server, the columns import reads)."})
final class ExportCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan (*.wsus.json).")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "OUT", description = "The file to write.")
    private Path to;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Colours of pictures (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--title", paramLabel = "T", description = "Title of the PDF and pictures (default: the plan's name).")
    private String title;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2", description = "PNG pixels per diagram unit (default: ${DEFAULT-VALUE}); SVG gets at most 1. A big plan whose picture must be smaller to fit shows its summary level.")
    private double scale;

    @Option(names = "--page", paramLabel = "a4|letter|16:9", defaultValue = "a4",
            description = "Page size of the PDF, landscape: A4, US Letter or a 16:9 slide (default: ${DEFAULT-VALUE}).")
    private String page;

    @Override public Integer call() {
        if (ExportFormat.of(to).isEmpty()) {
            throw new CliError("cannot tell the format of " + to + ": its name must end in one of " + ExportFormat.extensions());
        }
        if (!(scale > 0 && scale <= 16)) {
            throw new CliError("--scale must be more than 0 and at most 16, not " + (scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale)));
        }
        Theme chosen;
        PageSize pageSize;
        try {
            chosen = Theme.fromName(theme);
            pageSize = PageSize.fromName(page);
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage());
        }
        Topology topology = PlanFiles.load(file);
        ExportOptions options = ExportOptions.defaults().withTheme(chosen).withTitle(title).withScale(scale).withPage(pageSize);
        MissingGlyphs missing;
        try {
            missing = Exporter.export(topology, new Validator().validate(topology), to, options);
        } catch (IOException e) {
            throw new CliError("cannot write " + to + ": " + PlanFiles.reason(e), e);
        }
        if (!missing.isEmpty()) spec.commandLine().getErr().println(Terminal.line("warning: " + missing.describe()));
        spec.commandLine().getOut().println(to + ": exported " + topology.size() + " servers");
        return WsusCli.EXIT_OK;
    }
}
