package net.wsustopology.validation.rules;

import java.util.List;
import java.util.function.Consumer;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;

/** NET-02: a server name must be a host name (RFC 1123): dot-separated labels, at most 255 characters. */
public final class InvalidHostNameRule implements Rule {
    private static final int MAX_NAME = 255;
    private static final int MAX_LABEL = 63;

    @Override public String id() { return "NET-02"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public List<Reads> reads() {
        return List.of(Reads.self(Server.NAME));
    }

    @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
        String problem = problem(s.getName());
        if (problem == null) return;
        out.accept(finding(s, List.of(), "Server " + s.id() + " " + problem + ": downstream servers and clients"
                + " reach a WSUS server by its host name. Enter its DNS name, for example wsus01.corp.example.com."));
    }

    /** Why {@code name} is not a valid host name (completing "Server x ..."), or null when it is one. */
    static String problem(String name) {
        if (name == null || name.isBlank()) return "has no name";
        if (name.length() > MAX_NAME) return "has a name of " + name.length() + " characters, more than the " + MAX_NAME + " DNS allows";
        // labels are cut out by hand, not with split(): this runs for every server of a plan
        for (int start = 0, end; start <= name.length(); start = end + 1) {
            end = name.indexOf('.', start);
            if (end < 0) end = name.length();
            if (!isValidLabel(name, start, end)) {
                String label = name.substring(start, end);
                return "is named \"" + name + "\", which is not a valid host name ("
                        + (label.isEmpty() ? "it has an empty label" : "the label \"" + label + "\" is not 1-" + MAX_LABEL
                        + " letters, digits and hyphens that neither start nor end with a hyphen") + ")";
            }
        }
        return null;
    }

    private static boolean isValidLabel(String name, int start, int end) {
        if (end == start || end - start > MAX_LABEL) return false;
        if (name.charAt(start) == '-' || name.charAt(end - 1) == '-') return false;
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) return false;
        }
        return true;
    }
}
