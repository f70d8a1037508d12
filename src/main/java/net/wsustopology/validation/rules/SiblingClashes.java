package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.model.Server;

/**
 * Which downstreams of one upstream start a sync less than {@link #WINDOW} minutes from a
 * sibling. All start times are sorted once around the clock; a server clashes exactly when
 * one of its starts is that close to the next or previous start of another server (the starts
 * of one server are at least an hour apart), so the check is O(k log k) for k starts.
 */
final class SiblingClashes {
    static final int WINDOW = 15;

    /** The first clash found for a server, and the ids of every sibling it was found close to. */
    record Clash(int minute, Server sibling, int siblingMinute, List<String> related) { }

    /** Ordered by minute, then server id, so the first clash found does not depend on file order. */
    private record Start(int minute, Server server) implements Comparable<Start> {
        @Override public int compareTo(Start o) {
            return minute != o.minute ? Integer.compare(minute, o.minute) : server.id().compareTo(o.server.id());
        }
    }

    private final Map<Server, Clash> clashes;

    private SiblingClashes(Map<Server, Clash> clashes) { this.clashes = clashes; }

    Clash of(Server s) { return clashes.get(s); }

    static SiblingClashes among(List<Server> siblings) {
        List<Start> starts = new ArrayList<>();
        for (Server s : siblings) for (int m : SyncTimes.starts(s)) starts.add(new Start(m, s));
        Collections.sort(starts);
        Map<Server, Start[]> first = new HashMap<>();
        Map<Server, Set<String>> partners = new HashMap<>();
        int n = starts.size();
        for (int i = 0; n > 1 && i < n; i++) {
            Start a = starts.get(i);
            Start b = starts.get((i + 1) % n);
            if (a.server() == b.server() || SyncTimes.minutesAfter(a.minute(), b.minute()) >= WINDOW) continue;
            note(a, b, first, partners);
            note(b, a, first, partners);
        }
        Map<Server, Clash> clashes = new HashMap<>();
        for (Map.Entry<Server, Start[]> e : first.entrySet()) {
            Start own = e.getValue()[0];
            Start other = e.getValue()[1];
            List<String> related = new ArrayList<>(partners.get(e.getKey()));
            if (related.size() > RelatedServers.MAX) related = related.subList(0, RelatedServers.MAX);
            clashes.put(e.getKey(), new Clash(own.minute(), other.server(), other.minute(), List.copyOf(related)));
        }
        return new SiblingClashes(clashes);
    }

    private static void note(Start own, Start other, Map<Server, Start[]> first, Map<Server, Set<String>> partners) {
        first.putIfAbsent(own.server(), new Start[] {own, other});
        partners.computeIfAbsent(own.server(), k -> new LinkedHashSet<>()).add(other.server().id());
    }
}
