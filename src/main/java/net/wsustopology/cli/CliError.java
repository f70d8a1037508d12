package net.wsustopology.cli;

/**
 * A failure the user can fix (missing file, format error, unwritable output). The CLI prints its
 * message as one sentence on stderr, without a stack trace unless {@code --debug}.
 */
public final class CliError extends RuntimeException {
    private final int exitCode;

    public CliError(String sentence) { this(sentence, null); }

    public CliError(String sentence, Throwable cause) {
        super(sentence, cause);
        this.exitCode = WsusCli.EXIT_BAD_INPUT;
    }

    public int exitCode() { return exitCode; }
}
