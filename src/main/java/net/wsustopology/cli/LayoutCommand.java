package net.wsustopology.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.wsustopology.layout.AspectRatio;
import net.wsustopology.layout.TreeLayout;
import picocli.CommandLine;
import net.wsustopology.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "layout", mixinStandardHelpOptions = true,
        description = "Recomputes the tree layout positions of a plan for a view of the given shape and saves it. "
                + "Servers placed by hand (pinned) stay where they are.",
        footer = "%nExample: wsus-topology layout plan.wsus.json --to plan-laid-out.wsus.json --aspect 4:3")
final class LayoutCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan (*.wsus.json).")
    private Path file;

    @Option(names = "--to", paramLabel = "OUT", description = "Where to save the laid-out plan (default: FILE itself).")
    private Path to;

    @Option(names = "--aspect", paramLabel = "W:H", defaultValue = "16:9", converter = AspectConverter.class,
            description = "The shape of the view to fill, width:height (default: ${DEFAULT-VALUE}).")
    private AspectRatio aspect;

    static final class AspectConverter implements CommandLine.ITypeConverter<AspectRatio> {
        @Override public AspectRatio convert(String value) {
            try {
                return AspectRatio.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override public Integer call() {
        Topology topology = PlanFiles.load(file);
        int moved = new TreeLayout().placeUnpinned(topology, aspect.value());
        Path target = to == null ? file : to;
        PlanFiles.save(topology, target);
        spec.commandLine().getOut().println(target + ": laid out " + moved + " of " + topology.size() + " servers");
        return WsusCli.EXIT_OK;
    }
}
