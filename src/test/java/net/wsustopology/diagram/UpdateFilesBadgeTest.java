package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import org.junit.jupiter.api.Test;

/** The card of a server whose clients download update files from Microsoft Update carries the M badge, left of a replica's R. */
class UpdateFilesBadgeTest {
    private static Server server(boolean replica, boolean storeLocally) {
        Server s = new Server("s");
        s.setName("wsus-s.corp.example.com");
        s.setSyncFromUpstream(replica);
        s.setUpstreamId(replica ? "hq" : null);
        s.setReplica(replica);
        ServerSettings.STORE_LOCALLY.set(s, storeLocally);
        return s;
    }

    @Test
    void onlyAServerThatDoesNotStoreFilesGetsTheBadge() {
        assertFalse(CardFace.of(server(false, true), 1, null).clientsFromMicrosoftUpdate());
        CardFace face = CardFace.of(server(false, false), 1, null);
        assertTrue(face.clientsFromMicrosoftUpdate());
        assertEquals(1, face.badges());
        assertEquals(CardText.BADGE_X, face.microsoftUpdateBadgeX(), "alone it takes the corner");
    }

    @Test
    void onAReplicaItSitsLeftOfTheRAndTheHostNameMakesRoomForBoth() {
        CardFace face = CardFace.of(server(true, false), 2, null);
        assertEquals(2, face.badges());
        assertTrue(face.microsoftUpdateBadgeX() + CardText.BADGE <= CardText.BADGE_X);
        CardText.Layout layout = CardText.layout(face, (text, bold, size) -> text.length() * size * 0.6);
        CardText.Line host = layout.lines().get(0);
        assertTrue(host.x() + host.text().length() * host.size() * 0.6 <= face.microsoftUpdateBadgeX(), host.toString());
    }
}
