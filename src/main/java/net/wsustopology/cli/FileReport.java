package net.wsustopology.cli;

import java.util.List;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;

/** What {@code validate} found in one file: its findings, or the sentence why it could not be read. */
record FileReport(String file, int servers, List<Finding> issues, String error) {
    static FileReport ofFindings(String file, int servers, List<Finding> issues) {
        return new FileReport(file, servers, List.copyOf(issues), null);
    }

    static FileReport ofError(String file, String error) { return new FileReport(file, 0, List.of(), error); }

    boolean failed() { return error != null; }

    long count(Severity severity) {
        long n = 0;
        for (Finding f : issues) if (f.severity() == severity) n++;
        return n;
    }

    boolean hasAtLeast(Severity level) {
        for (Finding f : issues) if (f.severity().isAtLeast(level)) return true;
        return false;
    }
}
