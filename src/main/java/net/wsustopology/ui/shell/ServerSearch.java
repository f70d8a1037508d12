package net.wsustopology.ui.shell;

import java.util.List;
import java.util.Locale;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Finds servers by a piece of their host name or site, case-insensitively. */
public final class ServerSearch {
    private ServerSearch() { }

    public static boolean matches(Server s, String query) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        return contains(s.getName(), q) || contains(s.getSite(), q) || s.id().toLowerCase(Locale.ROOT).contains(q);
    }

    /** The first match after {@code after} in plan order, wrapping around; null when nothing matches. */
    public static Server next(Topology topology, String query, Server after) {
        if (query == null || query.isBlank()) return null;
        List<Server> servers = topology.servers();
        int start = after == null ? -1 : topology.indexOf(after);
        for (int i = 1; i <= servers.size(); i++) {
            Server s = servers.get((start + i + servers.size()) % servers.size());
            if (matches(s, query)) return s;
        }
        return null;
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }
}
