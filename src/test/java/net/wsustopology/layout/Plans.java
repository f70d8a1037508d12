package net.wsustopology.layout;

import java.util.Random;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** Builds test plans: roots, downstreams, random trees, wide fan-outs. */
public final class Plans {
    private Plans() { }

    public static Server root(Topology t, String id) {
        Server s = new Server(id);
        s.setName(id + ".corp.contoso.com");
        t.addServer(s);
        return s;
    }

    public static Server downstream(Topology t, String id, String upstreamId) {
        Server s = new Server(id);
        s.setName(id + ".corp.contoso.com");
        s.setSyncFromUpstream(true);
        s.setUpstreamId(upstreamId);
        t.addServer(s);
        return s;
    }

    /** A random forest of {@code size} servers; each new server picks a random earlier one or becomes a root. */
    public static Topology randomTree(long seed, int size) {
        Random random = new Random(seed);
        Topology t = new Topology();
        t.setName("random " + seed);
        for (int i = 0; i < size; i++) {
            String id = "s" + i;
            if (i == 0 || random.nextInt(10) == 0) root(t, id);
            else downstream(t, id, "s" + random.nextInt(i));
        }
        return t;
    }

    /** A regional plan: one root, {@code regions} tier-2 hubs, the rest spread as tier-3 branches. */
    public static Topology regional(int size, int regions) {
        Topology t = new Topology();
        t.setName("Regional plan of " + size);
        root(t, "hq");
        for (int r = 0; r < regions && r + 1 < size; r++) downstream(t, "region" + r, "hq");
        for (int i = regions + 1; i < size; i++) downstream(t, "branch" + i, "region" + (i % regions));
        return t;
    }
}
