package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.wsustopology.model.Position;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.model.WsusVersion;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.SyncSchedule;
import org.junit.jupiter.api.Test;

/**
 * The faces' declared reads are complete: whatever setting of whichever server changes, every
 * card and link whose face then differs is among the ones {@link FaceReaders} names.
 */
class FaceReadersTest {
    /** root - hub - (leaf, replica - far), and a second root; ports and SSL left to the upstream in places. */
    private static Topology plan() {
        Topology t = new Topology();
        t.addServer(server("root", null, false));
        t.addServer(server("hub", "root", false));
        t.addServer(server("leaf", "hub", false));
        t.addServer(server("replica", "hub", true));
        t.addServer(server("far", "replica", false));
        t.addServer(server("other", null, false));
        t.server("replica").setUseSsl(true);
        t.server("leaf").setSourcePort(8530);
        return t;
    }

    private static Server server(String id, String upstream, boolean replica) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        s.setSite(id + " site");
        if (upstream != null) {
            s.setSyncFromUpstream(true);
            s.setUpstreamId(upstream);
        }
        s.setReplica(replica);
        return s;
    }

    /** A value of {@code p} that differs from what {@code s} has. */
    @SuppressWarnings("unchecked")
    private static <T> T another(ServerProperty<T> p, Server s) {
        Object now = p.get(s);
        Object other = switch (p.name()) {
            case Server.NAME -> "renamed.example.org";
            case Server.SITE -> "Elsewhere";
            case Server.VERSION -> now == WsusVersion.V10 ? WsusVersion.V6_3 : WsusVersion.V10;
            case Server.CLIENTS, Server.HTTP_PORT, Server.HTTPS_PORT -> (Integer) now + 7;
            case Server.SOURCE_PORT -> now == null ? 9999 : null;
            case Server.UPSTREAM_ID -> "other".equals(now) ? "root" : "other";
            case Server.PROXY -> new ProxySettings(true, "proxy", 8080, false, "", "", false);
            case Server.LANGUAGES -> LanguageSelection.ALL;
            case Server.SYNC -> new SyncSchedule(true, "03:00", 4);
            case Server.NOTES -> "a note";
            case Server.POSITION -> new Position(1, 2);
            default -> !(Boolean) now;
        };
        return (T) other;
    }

    private static Map<String, Object> faces(Topology t) {
        Map<String, Object> faces = new HashMap<>();
        for (Server s : t.servers()) {
            OptionalInt tier = t.tier(s);
            faces.put("card " + s.id(), CardFace.of(s, tier.isPresent() ? tier.getAsInt() : null, null));
            faces.put("link " + s.id(), LinkFace.of(s, t.upstreamOf(s)));
        }
        return faces;
    }

    @Test
    void everyFaceThatChangesIsOneTheDeclaredReadsReach() {
        int changedFaces = 0;
        for (ServerProperty<?> p : ServerSettings.ALL) {
            for (String id : List.of("root", "hub", "leaf", "replica", "far", "other")) {
                Topology t = plan();
                Server changed = t.server(id);
                Map<String, Object> before = faces(t);
                set(p, changed);
                Map<String, Object> after = faces(t);
                Set<String> named = new LinkedHashSet<>();
                FaceReaders.of(CardFace.READS, t, changed, p.name()).forEach(s -> named.add("card " + s.id()));
                FaceReaders.of(LinkFace.READS, t, changed, p.name()).forEach(s -> named.add("link " + s.id()));
                for (String face : before.keySet()) {
                    if (before.get(face).equals(after.get(face))) continue;
                    changedFaces++;
                    assertTrue(named.contains(face), p.name() + " of " + id + " changes the " + face + " but the reads name only " + named);
                }
            }
        }
        assertTrue(changedFaces > 20, "the plan and values exercise the faces: " + changedFaces);
    }

    private static <T> void set(ServerProperty<T> p, Server s) { p.set(s, another(p, s)); }

    @Test
    void aPortOfAnUpstreamReachesTheLinksOfItsDownstreamsOnly() {
        Topology t = plan();
        Set<Server> links = FaceReaders.of(LinkFace.READS, t, t.server("hub"), Server.HTTPS_PORT);
        assertEquals(Set.of(t.server("hub"), t.server("leaf"), t.server("replica")), links);
        assertTrue(FaceReaders.of(CardFace.READS, t, t.server("hub"), Server.HTTPS_PORT).isEmpty());
    }
}
