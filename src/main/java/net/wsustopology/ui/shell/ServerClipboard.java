package net.wsustopology.ui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Copied servers, shared by every editor window so servers can be pasted into another plan.
 * Pasting makes new servers with fresh ids and names; links inside the copied set are kept,
 * a link to a server outside it is kept when that server is in the target plan.
 */
public final class ServerClipboard {
    public static final double PASTE_OFFSET = 40;

    private static List<Server> copied = List.of();

    private ServerClipboard() { }

    /** Remembers a snapshot of {@code servers} (in plan order) with their drawn positions. */
    public static void copy(List<Server> servers, Function<Server, Position> drawnAt) {
        List<Server> snapshot = new ArrayList<>();
        for (Server s : servers) {
            Server c = s.copyWithId(s.id());
            c.setPosition(drawnAt.apply(s));
            snapshot.add(c);
        }
        copied = List.copyOf(snapshot);
    }

    public static boolean isEmpty() { return copied.isEmpty(); }

    public static List<Server> contents() { return copied; }

    /** New servers for {@code target}, shifted by {@code offset}; not yet added. */
    public static List<Server> copiesFor(Topology target, List<Server> originals, double offset) {
        Map<String, String> newIds = new HashMap<>();
        Set<String> usedIds = new HashSet<>();
        Set<String> usedNames = new HashSet<>();
        for (Server s : originals) {
            String id = target.freshId(s.id());
            for (int k = 2; usedIds.contains(id); k++) id = target.freshId(s.id() + "-" + k);
            usedIds.add(id);
            newIds.put(s.id(), id);
        }
        List<Server> result = new ArrayList<>();
        for (Server s : originals) {
            Server copy = s.copyWithId(newIds.get(s.id()));
            copy.setName(freshName(target, s.getName(), usedNames));
            copy.setObserved(null); // a copy is a new planned server, not the one that was collected
            String up = s.getUpstreamId();
            if (s.isSyncFromUpstream()) {
                if (newIds.containsKey(up)) copy.setUpstreamId(newIds.get(up));
                else if (target.server(up) == null) {
                    copy.setSyncFromUpstream(false);
                    copy.setReplica(false);
                }
            }
            Position p = s.getPosition();
            if (p != null) copy.setPosition(p.translate(offset, offset));
            result.add(copy);
        }
        return result;
    }

    /** "host.domain" becomes "host-copy.domain", then "host-copy-2.domain"... whichever is unused. */
    static String freshName(Topology target, String name, Set<String> usedNames) {
        String base = name == null || name.isBlank() ? "server" : name;
        int dot = base.indexOf('.');
        String host = dot < 0 ? base : base.substring(0, dot);
        String domain = dot < 0 ? "" : base.substring(dot);
        for (int k = 1; ; k++) {
            String candidate = host + (k == 1 ? "-copy" : "-copy-" + k) + domain;
            if (target.serversNamed(candidate).isEmpty() && usedNames.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }
}
