package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.wsustopology.model.Ports;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;

/** NET-03 to NET-06: source port, SSL the upstream requires, HTTPS port pairing, shared names. */
final class NetworkFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("NET-01", "NET-03", "NET-04", "NET-05", "NET-06"); }

    @Override public String whyNone(FixTarget t) {
        boolean needsUpstream = t.ruleId().equals("NET-03") || t.ruleId().equals("NET-04");
        if (needsUpstream) return t.upstream() == null ? NoFixReasons.UPSTREAM_MISSING : NoFixReasons.UPSTREAM_PORT_INVALID;
        return NoFixReasons.UNCHANGEABLE;
    }

    @Override public List<QuickFix> fixes(FixTarget t) {
        return switch (t.ruleId()) {
            case "NET-01" -> portsInRange(t);
            case "NET-03" -> sourcePort(t);
            case "NET-04" -> sslOn(t);
            case "NET-05" -> httpsPort(t);
            default -> rename(t);
        };
    }

    /**
     * NET-01: every port outside 1-65535 goes back to its default: the server's own ports to its
     * version's, the update source's to the upstream's listening port, a proxy's to 80.
     */
    private static List<QuickFix> portsInRange(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        List<String> changes = new ArrayList<>();
        int http = Ports.inRange(s.getHttpPort()) ? s.getHttpPort() : s.getWsusVersion().defaultHttpPort();
        if (http != s.getHttpPort()) changes.add("ports.http " + s.getHttpPort() + " → " + http);
        int https = Ports.inRange(s.getHttpsPort()) ? s.getHttpsPort() : Ports.pairedHttps(http);
        if (!Ports.inRange(https)) https = s.getWsusVersion().defaultHttpsPort();
        if (https != s.getHttpsPort()) changes.add("ports.https " + s.getHttpsPort() + " → " + https);
        Integer source = s.getSourcePort();
        boolean sourceBad = s.isSyncFromUpstream() && source != null && !Ports.inRange(source);
        boolean followUpstream = sourceBad && up != null && Ports.inRange(Ports.upstreamPort(up, s.isUseSsl()));
        Integer newSource = followUpstream ? Integer.valueOf(Ports.upstreamPort(up, s.isUseSsl())) : sourceBad ? null : source;
        if (!Objects.equals(newSource, source)) changes.add("updateSource.port " + source + " → " + (newSource == null ? "default" : newSource));
        boolean proxyBad = s.getProxy().enabled() && !Ports.inRange(s.getProxy().port());
        if (proxyBad) changes.add("proxy.port " + s.getProxy().port() + " → 80");
        if (changes.isEmpty()) return List.of();
        int newHttp = http;
        int newHttps = https;
        Integer sourcePort = newSource;
        String label = "Reset the port" + (changes.size() == 1 ? "" : "s") + " out of range on " + FixTarget.name(s)
                + " (" + String.join(", ", changes) + ")";
        return List.of(QuickFix.safe(t, label, String.join(", ", changes), () -> {
            Labelled edit = Labelled.edit(t.edits(), label);
            if (newHttp != s.getHttpPort()) edit.set(s, ServerSettings.HTTP_PORT, newHttp);
            if (newHttps != s.getHttpsPort()) edit.set(s, ServerSettings.HTTPS_PORT, newHttps);
            if (followUpstream) edit.with(t.edits().followUpstreamPort(List.of(s)));
            else if (!Objects.equals(sourcePort, s.getSourcePort())) edit.set(s, ServerSettings.SOURCE_PORT, sourcePort);
            if (proxyBad) edit.set(s, ServerSettings.PROXY, s.getProxy().withPort(80));
            return edit.build();
        }));
    }

    private static List<QuickFix> sourcePort(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        if (up == null || !Ports.inRange(Ports.upstreamPort(up, s.isUseSsl()))) return List.of();
        int port = Ports.upstreamPort(up, s.isUseSsl());
        String label = "Use " + FixTarget.name(up) + "'s " + (s.isUseSsl() ? "HTTPS" : "HTTP") + " port " + port
                + " on " + FixTarget.name(s);
        return List.of(QuickFix.safe(t, label, "updateSource.port " + s.getSourcePort() + " → " + port,
                () -> Labelled.edit(t.edits(), label).with(t.edits().followUpstreamPort(List.of(s))).build()));
    }

    private static List<QuickFix> sslOn(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        if (up == null || !Ports.inRange(Ports.upstreamPort(up, true))) return List.of();
        int port = Ports.upstreamPort(up, true);
        String label = "Turn SSL on for " + FixTarget.name(s) + " with " + FixTarget.name(up) + "'s HTTPS port " + port;
        return List.of(QuickFix.safe(t, label, "SSL on, updateSource.port " + s.getSourcePort() + " → " + port,
                () -> Labelled.edit(t.edits(), label).with(t.edits().setUseSsl(List.of(s), true)).build()));
    }

    private static List<QuickFix> httpsPort(FixTarget t) {
        Server s = t.server();
        int http = s.getHttpPort();
        int https = Ports.pairedHttps(http);
        if (!Ports.inRange(http) || !Ports.inRange(https)) return List.of();
        String label = "Set the HTTPS port of " + FixTarget.name(s) + " to " + https + " (HTTP " + http + (http == 80 ? " pairs with 443)" : " + 1)");
        return List.of(QuickFix.safe(t, label, "ports.https " + s.getHttpsPort() + " → " + https,
                () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.HTTPS_PORT, https).build()));
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
                () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.NAME, fresh).build()));
    }
}
