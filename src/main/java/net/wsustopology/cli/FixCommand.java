package net.wsustopology.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import net.wsustopology.fix.FixRun;
import net.wsustopology.fix.FixSettings;
import net.wsustopology.fix.QuickFixes;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the fixes of findings that need no choice and prints each change.",
                "A fix that would add a finding of another rule is skipped and reported. Exit 0 when the result has no error, 1 otherwise."},
        footer = "%nExample: wsus-topology fix plan.wsus.json --rules LNG-01,NET-03 --dry-run")
final class FixCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan (*.wsus.json).")
    private Path file;

    @Option(names = "--rules", paramLabel = "ID,...", split = ",", description = "Only these rules' findings (default: every rule with a fix).")
    private List<String> rules = List.of();

    @Option(names = "--to", paramLabel = "OUT", description = "Where to save the fixed plan (default: FILE itself, replaced atomically).")
    private Path to;

    @Option(names = "--dry-run", description = "Print the changes, write nothing.")
    private boolean dryRun;

    @Override public Integer call() {
        Set<String> chosen = chosenRules();
        Topology topology = PlanFiles.load(file);
        FixRun.Result result = new FixRun(topology, chosen, FixSettings.DEFAULT).run("Fix");
        PrintWriter out = spec.commandLine().getOut();
        for (String line : result.applied()) out.println(Terminal.line(line));
        for (String line : result.skipped()) out.println(Terminal.line(line));
        Path target = to == null ? file : to;
        if (!dryRun && (result.changed() || to != null)) PlanFiles.save(topology, target);
        List<Finding> left = new Validator().validate(topology);
        long errors = left.stream().filter(f -> f.severity() == Severity.ERROR).count();
        String verb = dryRun ? "would apply " : "applied ";
        out.println((dryRun ? "" : target + ": ") + verb + result.applied().size() + " fix" + (result.applied().size() == 1 ? "" : "es")
                + (result.skipped().isEmpty() ? "" : ", skipped " + result.skipped().size())
                + "; " + errors + " error" + (errors == 1 ? "" : "s") + " left");
        return errors == 0 ? WsusCli.EXIT_OK : WsusCli.EXIT_FINDINGS;
    }

    private Set<String> chosenRules() {
        Set<String> known = QuickFixes.ruleIds();
        Set<String> chosen = new LinkedHashSet<>();
        for (String r : rules) {
            String id = r.trim().toUpperCase(Locale.ROOT);
            if (id.isEmpty()) continue;
            if (!known.contains(id)) {
                throw new CliError("--rules: " + r.trim() + " is not a rule with fixes; rules with fixes: " + String.join(", ", known) + ".");
            }
            chosen.add(id);
        }
        return chosen;
    }
}
