package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * FAN-01 and FAN-02: an upstream with too many direct downstreams. Both fixes move the last
 * downstreams (in file order) until the upstream is below 90 % of the limit, so that neither
 * finding remains: under new intermediate servers, or onto siblings that have room.
 */
final class FanOutFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("FAN-01", "FAN-02"); }

    @Override public List<QuickFix> fixes(FixTarget t) {
        Server s = t.server();
        List<Server> downstreams = t.topology().downstreams(s);
        int roomy = roomyCount(t.topology().getLimits().maxDownstreamServers());
        if (roomy < 1 || downstreams.size() <= roomy) return List.of();
        List<QuickFix> fixes = new ArrayList<>();
        int hubs = hubsNeeded(downstreams.size(), roomy);
        if (hubs > 0) fixes.add(underNewServers(t, downstreams, roomy, hubs));
        QuickFix spread = spreadOverSiblings(t, downstreams, roomy);
        if (spread != null) fixes.add(spread);
        return fixes;
    }

    @Override public String whyNone(FixTarget t) { return NoFixReasons.NO_ROOM; }

    /** The most downstreams an upstream may have and stay below 90 % of the limit. */
    static int roomyCount(int limit) { return (int) ((9L * limit + 9) / 10) - 1; }

    /** Fewest intermediate servers so that the upstream keeps at most {@code roomy} direct downstreams; 0 if impossible. */
    static int hubsNeeded(int count, int roomy) {
        for (int hubs = 1; hubs <= roomy; hubs++) {
            int keep = roomy - hubs;
            if (count - keep <= (long) hubs * roomy) return hubs;
        }
        return 0;
    }

    private static QuickFix underNewServers(FixTarget t, List<Server> downstreams, int roomy, int hubs) {
        Server s = t.server();
        int keep = roomy - hubs;
        List<Server> moving = List.copyOf(downstreams.subList(keep, downstreams.size()));
        List<String> names = hubNames(t.topology(), s, hubs);
        String label = "Move " + moving.size() + " downstreams of " + FixTarget.name(s) + " under "
                + (hubs == 1 ? "a new server " + names.get(0) : hubs + " new servers");
        StringBuilder preview = new StringBuilder();
        for (int h = 0; h < hubs; h++) {
            List<Server> part = part(moving, h, hubs);
            preview.append(names.get(h)).append(" (new, syncs from ").append(FixTarget.name(s)).append("): ")
                    .append(describe(part)).append('\n');
        }
        preview.append(FixTarget.name(s)).append(" keeps ").append(keep).append(" of its ").append(downstreams.size())
                .append(" downstreams; the moved servers are one tier deeper.");
        return QuickFix.preview(t, label, preview.toString(), () -> {
            List<Command> parts = new ArrayList<>();
            for (int h = 0; h < hubs; h++) {
                Server hub = newHub(t.topology(), s, names.get(h), h);
                t.edits().add(hub, s).ifPresent(parts::add);
                for (Server d : part(moving, h, hubs)) t.edits().reparent(d, hub).ifPresent(parts::add);
            }
            return Edits.together(label, parts);
        });
    }

    private static List<Server> part(List<Server> moving, int index, int parts) {
        int size = (moving.size() + parts - 1) / parts;
        return moving.subList(Math.min(moving.size(), index * size), Math.min(moving.size(), (index + 1) * size));
    }

    private static String describe(List<Server> servers) {
        if (servers.isEmpty()) return "no servers";
        if (servers.size() == 1) return FixTarget.name(servers.get(0));
        return servers.size() + " servers, " + FixTarget.name(servers.get(0)) + " to " + FixTarget.name(servers.get(servers.size() - 1));
    }

    private static List<String> hubNames(Topology topology, Server s, int count) {
        Set<String> taken = new HashSet<>();
        for (Server other : topology.servers()) if (other.getName() != null) taken.add(other.getName().toLowerCase(Locale.ROOT));
        List<String> names = new ArrayList<>();
        String base = HostNames.shortName(s.label()) + "-hub" + HostNames.domainPart(s.label());
        for (int i = 0; i < count; i++) {
            String name = taken.contains(base.toLowerCase(Locale.ROOT)) ? HostNames.freeSuffix(base, taken) : base;
            taken.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        return names;
    }

    /** An autonomous server with the upstream's version, ports, languages, proxy and schedule. */
    private static Server newHub(Topology topology, Server upstream, String name, int index) {
        Server hub = new Server(topology.freshId(HostNames.shortName(name)));
        hub.copySettingsFrom(upstream);
        hub.setName(name);
        hub.setReplica(false);
        hub.setClients(0);
        hub.setNotes("");
        hub.setPinned(false);
        Position at = upstream.getPosition();
        hub.setPosition(at == null ? null : new Position(at.x() + 220.0 * (index + 1), at.y() + 120));
        return hub;
    }

    private static QuickFix spreadOverSiblings(FixTarget t, List<Server> downstreams, int roomy) {
        Server s = t.server();
        Server up = t.upstream();
        List<Server> siblings = up == null ? t.topology().roots() : t.topology().downstreams(up);
        int overflow = downstreams.size() - roomy;
        Map<Server, List<Server>> plan = new LinkedHashMap<>();
        int next = roomy;
        for (Server sibling : siblings) {
            if (sibling == s || sibling.isReplica() || next >= downstreams.size()) continue;
            int room = roomy - t.topology().downstreamCount(sibling);
            if (room <= 0) continue;
            int take = Math.min(room, downstreams.size() - next);
            List<Server> moved = new ArrayList<>();
            for (Server d : downstreams.subList(next, next + take)) if (t.edits().canReparent(d, sibling)) moved.add(d);
            if (moved.size() < take) return null;
            plan.put(sibling, moved);
            next += take;
        }
        if (next < downstreams.size()) return null;
        String label = "Spread " + overflow + " downstreams of " + FixTarget.name(s) + " over "
                + (plan.size() == 1 ? "its sibling " + FixTarget.name(plan.keySet().iterator().next()) : plan.size() + " siblings");
        StringBuilder preview = new StringBuilder();
        plan.forEach((sibling, moved) -> preview.append(FixTarget.name(sibling)).append(" takes ").append(describe(moved)).append('\n'));
        preview.append(FixTarget.name(s)).append(" keeps ").append(roomy).append(" of its ").append(downstreams.size()).append(" downstreams.");
        return QuickFix.preview(t, label, preview.toString(), () -> {
            List<Command> parts = new ArrayList<>();
            plan.forEach((sibling, moved) -> { for (Server d : moved) t.edits().reparent(d, sibling).ifPresent(parts::add); });
            return Edits.together(label, parts);
        });
    }
}
