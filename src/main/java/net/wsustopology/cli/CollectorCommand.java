package net.wsustopology.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.wsustopology.export.scripts.CollectorScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "collector", mixinStandardHelpOptions = true,
        description = {"Writes " + CollectorScript.FILE_NAME + ", the read-only PowerShell script that collects a live WSUS"
                + " hierarchy into a topology file (run it on the root server; compare its output with 'diff PLAN FILE').",
                "Script parameters: [-Server NAME] [-Port 8530] [-UseSsl] [-OutFile hierarchy.wsus.json]"
                        + " [-PortOverrides @{ 'wsus-x.contoso.com' = 8531 }]"})
final class CollectorCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write the script into (created if needed).")
    private Path to;

    @Override public Integer call() {
        try {
            Path file = CollectorScript.write(to);
            spec.commandLine().getOut().println("wrote " + file);
            return WsusCli.EXIT_OK;
        } catch (IOException e) {
            throw new CliError("cannot write the collector script to " + to + ": " + PlanFiles.reason(e), e);
        }
    }
}
