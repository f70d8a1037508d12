package net.wsustopology.fix;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.wsustopology.model.Server;

/** NET-03 to NET-06: source port, SSL the upstream requires, HTTPS port pairing, shared names. */
final class NetworkFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("NET-03", "NET-04", "NET-05", "NET-06"); }

    @Override public List<QuickFix> fixes(FixTarget t) {
        return switch (t.ruleId()) {
            case "NET-03" -> sourcePort(t);
            case "NET-04" -> sslOn(t);
            case "NET-05" -> httpsPort(t);
            default -> rename(t);
        };
    }

    private static List<QuickFix> sourcePort(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        if (up == null) return List.of();
        int port = up.listeningPort(s.isUseSsl());
        String label = "Use " + FixTarget.name(up) + "'s " + (s.isUseSsl() ? "HTTPS" : "HTTP") + " port " + port
                + " on " + FixTarget.name(s);
        return List.of(QuickFix.safe(t, label, "updateSource.port " + s.getSourcePort() + " → " + port,
                () -> Labelled.edit(t.edits(), label).set(s, Server::sourcePortProperty, port, "port").build()));
    }

    private static List<QuickFix> sslOn(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        if (up == null) return List.of();
        int port = up.getHttpsPort();
        String label = "Turn SSL on for " + FixTarget.name(s) + " with " + FixTarget.name(up) + "'s HTTPS port " + port;
        return List.of(QuickFix.safe(t, label, "SSL on, updateSource.port " + s.getSourcePort() + " → " + port,
                () -> Labelled.edit(t.edits(), label)
                        .set(s, Server::useSslProperty, true, "SSL")
                        .set(s, Server::sourcePortProperty, port, "port").build()));
    }

    private static List<QuickFix> httpsPort(FixTarget t) {
        Server s = t.server();
        int http = s.getHttpPort();
        int https = http == 80 ? 443 : http + 1;
        if (http < 1 || https > 65535) return List.of();
        String label = "Set the HTTPS port of " + FixTarget.name(s) + " to " + https + " (HTTP " + http + (http == 80 ? " pairs with 443)" : " + 1)");
        return List.of(QuickFix.safe(t, label, "ports.https " + s.getHttpsPort() + " → " + https,
                () -> Labelled.edit(t.edits(), label).set(s, Server::httpsPortProperty, https, "HTTPS port").build()));
    }

    /** The first server of a name keeps it; each later one may be renamed with a free suffix. */
    private static List<QuickFix> rename(FixTarget t) {
        Server s = t.server();
        List<Server> namesakes = t.topology().serversNamed(s.getName());
        if (namesakes.isEmpty()) return List.of();
        Set<String> taken = new HashSet<>();
        for (Server other : t.topology().servers()) {
            String n = other.getName();
            if (n != null) taken.add(n.toLowerCase(Locale.ROOT));
        }
        String fresh = HostNames.freeSuffix(s.getName(), taken);
        String label = "Rename " + s.getName() + " to " + fresh;
        Server first = namesakes.get(0);
        for (Server n : namesakes) if (t.topology().indexOf(n) < t.topology().indexOf(first)) first = n;
        boolean keepsName = first == s;
        QuickFix.Kind kind = keepsName ? QuickFix.Kind.OPTION : QuickFix.Kind.SAFE;
        return List.of(new QuickFix(t.ruleId(), s.id(), s.label(), label, "name → " + fresh, kind, QuickFix.Choice.NONE,
                () -> Labelled.edit(t.edits(), label).set(s, Server::nameProperty, fresh, "name").build()));
    }
}
