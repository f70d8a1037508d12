package net.wsustopology.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.export.scripts.ChangesToApply;
import net.wsustopology.export.scripts.PlanHasErrorsException;
import net.wsustopology.export.scripts.ScriptWriter;
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
                        + " that differ from ACTUAL (the collector's file) in a setting a script applies get a script; the other"
                        + " differences (IIS ports, Require SSL, WSUS version) are listed in rollout-order.txt as changes to make by hand."})
final class ScriptsCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan (*.wsus.json).")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder to write the scripts into (created if needed).")
    private Path to;

    @Option(names = "--force", description = "Write the scripts even when the plan has error findings.")
    private boolean force;

    @Option(names = "--only-changed", paramLabel = "ACTUAL",
            description = "Only for the servers that 'diff FILE ACTUAL' reports as not deployed or with a differing setting that"
                    + " a script applies; the other differences are listed in rollout-order.txt as changes to make by hand.")
    private Path actual;

    @Override public Integer call() {
        Topology topology = PlanFiles.load(file);
        ChangesToApply changes = null;
        if (actual != null) {
            changes = ChangesToApply.of(PlanDiff.compare(topology, PlanFiles.load(actual)), actual.getFileName().toString());
        }
        try {
            ScriptWriter.Result result = ScriptWriter.write(topology, to, new Validator().validate(topology), force, changes);
            spec.commandLine().getOut().println(to + ": wrote " + result.scripts().size() + " script"
                    + (result.scripts().size() == 1 ? "" : "s") + (actual == null ? "" : " (servers that differ from " + actual + ")")
                    + " and " + result.rolloutOrder().getFileName());
            if (changes != null && !changes.byHand().isEmpty()) {
                spec.commandLine().getOut().println(to + ": " + changes.byHand().size() + " difference"
                        + (changes.byHand().size() == 1 ? "" : "s") + " no script applies, listed in " + ScriptWriter.ROLLOUT_ORDER
                        + " as changes to make by hand");
            }
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
