package net.wsustopology.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.wsustopology.cli.WsusCli;
import net.wsustopology.io.workspace.OperatingSystem;

/**
 * The jar's entry point. A command line (a known or mistyped command, or an option) runs headless and never
 * loads a JavaFX class; anything else (nothing, or a plan file) opens the editor. Deliberately
 * not an {@code Application}, so the JavaFX runtime is not needed on the command-line path.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (isCommandLine(args)) System.exit(WsusCli.execute(WsusCli.commandLineFor(args), args));
        String noDisplay = missingDisplay(System.getProperty("os.name", ""), System.getenv());
        if (noDisplay != null) {
            System.err.println(noDisplay);
            System.exit(WsusCli.EXIT_BAD_INPUT);
        }
        openEditor(args);
    }

    /**
     * True for an option, a known command, or a word that looks like a command with more
     * arguments after it and is no existing file (a mistyped command: the command line reports it).
     */
    static boolean isCommandLine(String[] args) {
        if (args.length == 0) return false;
        if (args[0].startsWith("-") || WsusCli.isCommandName(args[0])) return true;
        return args.length > 1 && WsusCli.looksLikeCommandWord(args[0]) && !Files.exists(Path.of(args[0]));
    }

    /** The sentence to print when the editor cannot open a window here, or null when it can. */
    static String missingDisplay(String osName, Map<String, String> environment) {
        if (OperatingSystem.of(osName) != OperatingSystem.OTHER || present(environment.get("DISPLAY")) || present(environment.get("WAYLAND_DISPLAY"))) return null;
        return "cannot open the editor: no display is available (DISPLAY and WAYLAND_DISPLAY are not set); "
                + "run a command such as 'validate FILE' instead, or see --help";
    }

    private static boolean present(String value) { return value != null && !value.isBlank(); }

    // kept in its own method so the command-line path never resolves EditorApp or JavaFX
    private static void openEditor(String[] args) {
        EditorApp.launchEditor(args);
    }
}
