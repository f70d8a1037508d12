package net.wsustopology.export.pdf;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.diagram.GroupFace;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;

/** The server settings table of the presentation. */
final class PdfTables {
    private PdfTables() { }

    static TextTable servers(Topology topology) { return servers(topology, LeafGroups.none()); }

    /** The table with a row per server, or per group of {@code groups} (the summary level). */
    static TextTable servers(Topology topology, LeafGroups groups) {
        List<List<String>> rows = new ArrayList<>();
        for (Server s : topology.servers()) {
            List<Server> group = groups.groupOf(s);
            if (group == null) {
                rows.add(List.of(s.label() + (s.label().equals(s.id()) ? "" : "\n(" + s.id() + ")"), upstream(topology, s),
                        port(topology, s), ssl(s), yesNo(s.isReplica()), languages(topology, s), updateFiles(s),
                        s.getSync().summary(), proxy(s.getProxy())));
            } else if (groups.startsGroup(s)) {
                rows.add(List.of(LeafGroups.name(topology, group), LeafGroups.tally(group, m -> upstream(topology, m)),
                        LeafGroups.tally(group, m -> port(topology, m)), LeafGroups.tally(group, PdfTables::ssl),
                        LeafGroups.tally(group, m -> yesNo(m.isReplica())), LeafGroups.tally(group, m -> languages(topology, m)),
                        LeafGroups.tally(group, PdfTables::updateFiles), schedules(topology, group),
                        LeafGroups.tally(group, m -> proxy(m.getProxy()))));
            }
        }
        return new TextTable("Servers and their Update Source settings (" + topology.size() + ")",
                List.of("Server", "Upstream", "Port", "SSL", "Replica", "Languages", "Update files", "Schedule", "Proxy"),
                new double[] {22, 18, 5, 4, 5, 14, 11, 11, 10}, rows);
    }

    private static String ssl(Server s) { return yesNo(s.isSyncFromUpstream() && s.isUseSsl()); }

    /** A group's schedules: as {@link LeafGroups#tally} when few differ, else the window their first syncs start in. */
    private static String schedules(Topology topology, List<Server> group) {
        String tally = LeafGroups.tally(group, m -> m.getSync().summary());
        if (!tally.endsWith(" different")) return tally;
        String window = GroupFace.of(topology, group, m -> null).syncWindow();
        return tally + (window.isEmpty() ? "" : ", first syncs " + window + " UTC");
    }

    private static String upstream(Topology topology, Server s) {
        if (!s.isSyncFromUpstream()) return "Microsoft Update";
        Server up = topology.upstreamOf(s);
        if (up == null) return "missing: " + (s.getUpstreamId() == null ? "(none)" : s.getUpstreamId());
        return up.label();
    }

    private static String port(Topology topology, Server s) {
        if (!s.isSyncFromUpstream()) return "";
        Integer port = topology.sourcePort(s);
        return port == null ? "" : port.toString();
    }

    private static String languages(Topology topology, Server s) {
        if (s.isSyncFromUpstream() && s.isReplica()) {
            LanguageSelection inherited = topology.effectiveLanguages(s);
            return "from upstream" + (inherited == null ? "" : ": " + inherited.summary());
        }
        return s.getLanguages().summary();
    }

    /** The update files settings WSUS uses on this server, in words: "clients from Microsoft Update", "local, approved, express". */
    private static String updateFiles(Server s) {
        if (!ServerSettings.STORE_LOCALLY.get(s)) return "clients from Microsoft Update";
        List<String> parts = new ArrayList<>(List.of("local"));
        parts.add(ServerSettings.ONLY_WHEN_APPROVED.get(s) ? "approved only" : "all");
        if (ServerSettings.EXPRESS_FILES.get(s)) parts.add("express");
        Setting fromMu = ServerSettings.FILES_FROM_MICROSOFT_UPDATE.settings().get(0);
        if (fromMu.applies().to(s) && ServerSettings.FILES_FROM_MICROSOFT_UPDATE.get(s)) parts.add("from Microsoft Update");
        return String.join(", ", parts);
    }

    private static String proxy(ProxySettings p) {
        if (!p.enabled()) return "none";
        String text = p.server() + ":" + p.port();
        if (p.useCredentials()) text += " as " + (p.domain().isEmpty() ? "" : p.domain() + "\\") + p.user();
        return text;
    }

    private static String yesNo(boolean v) { return v ? "yes" : "no"; }
}
