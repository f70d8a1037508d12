package net.wsustopology.ui.issues;

import java.util.Locale;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;

/** One line of the issues table: a finding and the server it is flagged on (null if that is gone). */
public record IssueRow(Finding finding, Server server) {
    public String serverLabel() { return server == null ? finding.serverId() : server.label(); }

    /** True when the rule id, server name or id, or message contains {@code needle} (lowercase). */
    boolean matches(String needle) {
        return needle.isEmpty() || contains(finding.ruleId(), needle) || contains(serverLabel(), needle)
                || contains(finding.serverId(), needle) || contains(finding.message(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
