package net.wsustopology.cli;

import net.wsustopology.validation.Finding;

/** One finding as the commands print it: {@code plan.wsus.json: error LNG-01 paris: message}. */
final class FindingLine {
    private FindingLine() { }

    static String of(String file, Finding f) {
        return Terminal.line(file + ": " + f.severity().code() + " " + f.ruleId() + " " + f.serverId() + ": " + f.message());
    }
}
