package net.wsustopology.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.export.scripts.PlanHasErrorsException;
import net.wsustopology.export.scripts.ScriptWriter;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scripts", mixinStandardHelpOptions = true,
        description = {"Writes one PowerShell script per server that applies its Update Source, proxy, language and"
                + " schedule settings, plus rollout-order.txt (upstream servers before their downstreams).",
                "A plan with error findings is refused (exit 1) unless --force. With --only-changed ACTUAL, only the servers"
                        + " that differ from ACTUAL (the collector's file) get a script."})
final class ScriptsCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan (*.wsus.json).")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write the scripts into (created if needed).")
    private Path to;

    @Option(names = "--force", description = "Write the scripts even when the plan has error findings.")
    private boolean force;

    @Option(names = "--only-changed", paramLabel = "ACTUAL",
            description = "Only for the servers that 'diff FILE ACTUAL' reports as not deployed or with a differing setting.")
    private Path actual;

    @Override public Integer call() {
        Topology topology = PlanFiles.load(file);
        Set<Server> only = null;
        String note = null;
        if (actual != null) {
            List<Server> differing = PlanDiff.compare(topology, PlanFiles.load(actual)).serversToApply();
            only = new HashSet<>(differing);
            note = "Only the " + differing.size() + " of " + topology.size() + " servers that differ from " + actual.getFileName() + ".";
        }
        try {
            ScriptWriter.Result result = ScriptWriter.write(topology, to, new Validator().validate(topology), force, only, note);
            spec.commandLine().getOut().println(to + ": wrote " + result.scripts().size() + " script"
                    + (result.scripts().size() == 1 ? "" : "s") + (actual == null ? "" : " (servers that differ from " + actual + ")")
                    + " and " + result.rolloutOrder().getFileName());
            if (!result.removed().isEmpty()) {
                spec.commandLine().getOut().println(to + ": removed " + result.removed().size() + " script"
                        + (result.removed().size() == 1 ? "" : "s") + " of servers the earlier " + ScriptWriter.ROLLOUT_ORDER
                        + " listed and this plan does not write");
            }
            return WsusCli.EXIT_OK;
        } catch (PlanHasErrorsException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(file + ": no scripts written: the plan has " + e.errors().size() + " error finding"
                    + (e.errors().size() == 1 ? "" : "s") + " (fix them, or use --force):");
            for (Finding f : e.errors()) err.println(FindingLine.of(file.toString(), f));
            err.flush();
            return WsusCli.EXIT_FINDINGS;
        } catch (IOException e) {
            throw new CliError("cannot write scripts to " + to + ": " + PlanFiles.reason(e), e);
        }
    }
}
