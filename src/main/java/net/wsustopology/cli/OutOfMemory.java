package net.wsustopology.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/** The one sentence for a command that ran out of memory: how large the plan is and how to give Java more. */
final class OutOfMemory {
    private static final long MB = 1024 * 1024;

    private OutOfMemory() { }

    static String sentence(CommandLine cli, String... args) {
        long heap = Runtime.getRuntime().maxMemory() / MB;
        String command = args.length > 0 && WsusCli.isCommandName(args[0]) ? " " + args[0] : "";
        long planBytes = 0;
        for (String a : args) {
            try {
                Path p = Path.of(a);
                if (Files.isRegularFile(p)) planBytes = Math.max(planBytes, Files.size(p));
            } catch (RuntimeException | IOException notAFile) {
                // an option or a value, not a file
            }
        }
        String plan = planBytes > 0 ? " on a plan of " + size(planBytes) : "";
        long suggested = Math.max(2048, Long.highestOneBit(Math.max(1, heap)) * 4);
        return cli.getCommandName() + command + " ran out of memory" + plan + " (Java may use at most " + heap
                + " MB here): give Java more memory, e.g. set JAVA_TOOL_OPTIONS=-Xmx" + suggested / 1024 + "g"
                + " (or run java -Xmx" + suggested / 1024 + "g -jar wsus-topology.jar ...) and run it again";
    }

    private static String size(long bytes) {
        return bytes >= MB ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB)
                : String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }
}
