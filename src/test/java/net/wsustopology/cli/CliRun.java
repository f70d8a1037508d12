package net.wsustopology.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import net.wsustopology.validation.Validator;

/** One in-process run of the command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) { return with(new Validator(), args); }

    static CliRun with(Validator validator, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WsusCli.run(WsusCli.commandLine(validator), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
