package net.wsustopology.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.wsustopology.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import net.wsustopology.io.Migrations;
import net.wsustopology.io.ToolVersion;

/**
 * The headless command line (SPEC section 2). Never touches the JavaFX toolkit. A new command is
 * a name in {@code COMMANDS} and a case in {@code command}.
 */
@Command(name = "wsus-topology", mixinStandardHelpOptions = true, versionProvider = WsusCli.Version.class,
        description = "Plans hierarchies of WSUS servers: checks plans against the planning rules and lays them out.",
        subcommands = CommandLine.HelpCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (validate: no finding at or above --fail-on; diff: no difference)",
                "1:validation findings at or above --fail-on (diff: differences)",
                "2:bad usage, or a file that cannot be read or parsed"},
        footer = "%nWithout a command the editor opens; 'wsus-topology FILE' opens FILE in the editor.")
public final class WsusCli implements Runnable {
    public static final String VERSION = ToolVersion.NUMBER;
    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Spec private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of unexpected errors.")
    private boolean debug;

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {"wsus-topology " + VERSION + " (topology file format " + Migrations.CURRENT_VERSION + ")"};
        }
    }

    /** Every command the tool knows, in the order of the usage help; add new ones here and in {@link #command}. */
    private static final List<String> COMMANDS = List.of("validate", "layout", "export", "scripts", "import", "diff", "collector", "fix");

    // a switch rather than a map of constructor references: a one-shot command then spins no lambda classes
    private static Object command(String name, Validator validator) {
        return switch (name) {
            case "validate" -> new ValidateCommand(validator);
            case "layout" -> new LayoutCommand();
            case "export" -> new ExportCommand();
            case "scripts" -> new ScriptsCommand();
            case "import" -> new ImportCommand();
            case "diff" -> new DiffCommand();
            case "collector" -> new CollectorCommand();
            case "fix" -> new FixCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The command line with every command (for usage help and tests). */
    public static CommandLine commandLine() { return commandLine(new Validator()); }

    static CommandLine commandLine(Validator validator) { return build(COMMANDS, validator); }

    /**
     * The command line to run {@code args}. When they start with a command name, only that command
     * is built: picocli reads every command's annotations up front, which costs a quick
     * {@code validate} more than a tenth of a second when all commands are built.
     */
    public static CommandLine commandLineFor(String... args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            return build(List.of(args[0]), args[0].equals("validate") ? new Validator() : null);
        }
        return commandLine();
    }

    private static CommandLine build(Collection<String> names, Validator validator) {
        CommandLine cli = new CommandLine(new WsusCli());
        for (String name : names) cli.addSubcommand(name, command(name, validator));
        cli.setExecutionExceptionHandler(WsusCli::handleFailure);
        cli.setParameterExceptionHandler(WsusCli::handleBadUsage);
        return cli;
    }

    /** True when {@code word} names a command (or help), so a command line is not taken for a file to open. */
    public static boolean isCommandName(String word) { return COMMANDS.contains(word) || word.equals("help"); }

    /**
     * True when {@code word} has the shape of a command name (a lower-case letter, then lower-case
     * letters, digits or hyphens), so a mistyped command is reported rather than opened as a file.
     */
    public static boolean looksLikeCommandWord(String word) {
        if (word.isEmpty() || word.charAt(0) < 'a' || word.charAt(0) > 'z') return false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) return false;
        }
        return true;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(commandLine(), out, err, args);
    }

    static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.setOut(out);
        cli.setErr(err);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OutOfMemory.sentence(cli, args));
            code = EXIT_BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Names of the commands (and their aliases), to tell a command line from a file to open. */
    public static Set<String> commandNames(CommandLine cli) { return cli.getSubcommands().keySet(); }

    public static void main(String[] args) {
        System.exit(execute(commandLineFor(args), args));
    }

    /**
     * Runs a command line against the real stdout and stderr. Standard output is buffered (a
     * validation of a big plan can print thousands of lines) and flushed before returning.
     */
    public static int execute(CommandLine cli, String... args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        return run(cli, out, err, args);
    }

    @Override public void run() {
        // no command: the launcher opens the editor instead, so here only usage makes sense
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleFailure(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof CliError user) {
            err.println(Terminal.line(user.getMessage()));
            if (debugRequested(parsed) && user.getCause() != null) user.getCause().printStackTrace(err);
            err.flush();
            return user.exitCode();
        }
        err.println(Terminal.line("wsus-topology " + cli.getCommandName() + " failed unexpectedly: " + e
                + (debugRequested(parsed) ? "" : " (run again with --debug for details)")));
        if (debugRequested(parsed)) e.printStackTrace(err);
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static int handleBadUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        if (isUnknownCommand(e, args)) {
            err.println("unknown command '" + args[0] + "'; the commands are " + String.join(", ", commandNames(cli))
                    + " (see '" + cli.getCommandName() + " --help')");
            err.flush();
            return EXIT_BAD_INPUT;
        }
        String qualified = cli.getCommandSpec().qualifiedName();
        err.println(Terminal.line(e.getMessage()) + " (see '" + qualified + " --help')");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /** The first word was not taken by any command and looks like one: the user mistyped a command. */
    private static boolean isUnknownCommand(CommandLine.ParameterException e, String[] args) {
        return e instanceof CommandLine.UnmatchedArgumentException unmatched && e.getCommandLine().getParent() == null
                && args.length > 0 && looksLikeCommandWord(args[0])
                && !unmatched.getUnmatched().isEmpty() && unmatched.getUnmatched().get(0).equals(args[0]);
    }

    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }
}
