package net.wsustopology.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.wsustopology.model.Server;

/** Builds a finding's {@code related} list: other servers' ids, capped so a huge group stays cheap. */
final class RelatedServers {
    static final int MAX = 20;

    private RelatedServers() { }

    /** Ids of up to {@link #MAX} servers of {@code group} other than {@code self}, in group order. */
    static List<String> idsExcept(Iterable<Server> group, Server self) {
        List<String> ids = new ArrayList<>();
        for (Server s : group) {
            if (ids.size() == MAX) break;
            if (s != self) ids.add(s.id());
        }
        return ids;
    }

    /** Like {@link #idsExcept} but in id order, so the list does not depend on the order names were indexed. */
    static List<String> sortedIdsExcept(List<Server> group, Server self) {
        List<String> ids = new ArrayList<>(group.size());
        for (Server s : group) if (s != self) ids.add(s.id());
        Collections.sort(ids);
        return ids.size() > MAX ? List.copyOf(ids.subList(0, MAX)) : ids;
    }
}
