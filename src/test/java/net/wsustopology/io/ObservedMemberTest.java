package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** The collector's {@code observed} member: read, kept, written back; a wrong type is a format error. */
class ObservedMemberTest {
    private static String plan(String observed) {
        return "{\n  \"format\": \"wsus-topology\",\n  \"formatVersion\": 1,\n  \"servers\": [\n"
                + "    {\"id\": \"osa\", \"name\": \"wsus-osa.corp.contoso.com\",\n"
                + "     \"observed\": " + observed + "}\n  ]\n}\n";
    }

    @Test
    void readsEveryKnownMember() throws Exception {
        Topology t = TopologyFiles.parse(plan("{\"collectedUtc\": \"2027-03-01T10:15:00Z\", \"serverId\": \"7d1c0a6e-0000-4000-8000-000000000001\","
                + " \"reachable\": false, \"lastSyncUtc\": \"2027-02-28T02:04:11Z\", \"lastSyncResult\": \"Failed\","
                + " \"error\": \"The request failed with HTTP status 503\"}"), "c.wsus.json");
        Observed o = t.server("osa").getObserved();
        assertEquals("2027-03-01T10:15:00Z", o.collectedUtc());
        assertEquals("7d1c0a6e-0000-4000-8000-000000000001", o.serverId());
        assertTrue(o.isUnreachable());
        assertTrue(o.lastSyncFailed());
        assertEquals("2027-02-28T02:04:11Z", o.lastSyncUtc());
        assertEquals("The request failed with HTTP status 503", o.error());
    }

    @Test
    void nullsAndAbsentMembersAreUnknownFacts() throws Exception {
        Observed o = TopologyFiles.parse(plan("{\"reachable\": null, \"lastSyncResult\": null}"), "c.wsus.json").server("osa").getObserved();
        assertNull(o.reachable());
        assertFalse(o.isUnreachable(), "a file that does not say counts as reached");
        assertNull(o.collectedUtc());
        assertFalse(o.lastSyncFailed());
    }

    @Test
    void aPlannedServerHasNoObservedFactsAndWritesNone() throws Exception {
        Topology t = TopologyFiles.parse(plan("{}").replace(",\n     \"observed\": {}", ""), "p.wsus.json");
        assertNull(t.server("osa").getObserved());
        assertFalse(TopologyFiles.toJson(t).contains("observed"));
    }

    @Test
    void roundTripsWithUnknownMembersInsideKept() throws Exception {
        Topology t = TopologyFiles.parse(plan("{\"collectedUtc\": \"2027-03-01T10:15:00Z\", \"reachable\": true,"
                + " \"lastSyncResult\": \"Succeeded\", \"rollup\": {\"lastUtc\": \"2027-03-01T09:00:00Z\", \"count\": 3}}"), "c.wsus.json");
        assertEquals(Map.of("rollup", "{\"lastUtc\":\"2027-03-01T09:00:00Z\",\"count\":3}"), t.server("osa").getObserved().unknownMembers());
        String saved = TopologyFiles.toJson(t);
        assertTrue(saved.contains("\"observed\": {\"collectedUtc\": \"2027-03-01T10:15:00Z\", \"serverId\": null, \"reachable\": true,"
                + " \"lastSyncUtc\": null, \"lastSyncResult\": \"Succeeded\", \"error\": null, \"rollup\": {\"lastUtc\": \"2027-03-01T09:00:00Z\", \"count\": 3}}"), saved);
        Topology again = TopologyFiles.parse(saved, "again.wsus.json");
        assertTrue(t.sameAs(again));
        assertEquals(saved, TopologyFiles.toJson(again));
    }

    @Test
    void aWronglyTypedMemberIsAFormatErrorWithLineAndColumn() {
        FormatException e = assertThrows(FormatException.class,
                () -> TopologyFiles.parse(plan("{\"reachable\": \"yes\"}"), "c.wsus.json"));
        assertEquals(6, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("line 6, column "), e.getMessage());
        assertTrue(e.getMessage().contains("($.servers[0].observed.reachable): expected true or false but found \"yes\""), e.getMessage());

        FormatException time = assertThrows(FormatException.class,
                () -> TopologyFiles.parse(plan("{\"lastSyncUtc\": 20270301}"), "c.wsus.json"));
        assertTrue(time.getMessage().contains("observed.lastSyncUtc): expected text in quotes or null but found 20270301"), time.getMessage());

        FormatException notObject = assertThrows(FormatException.class, () -> TopologyFiles.parse(plan("true"), "c.wsus.json"));
        assertTrue(notObject.getMessage().contains("expected an object with what the collector observed"), notObject.getMessage());
    }

    @Test
    void unreadSettingsAreReadWrittenBackAndTypeChecked() throws Exception {
        Topology t = TopologyFiles.parse(plan("{\"reachable\": true, \"unread\": [\"ports.requireSsl\", \"languages\"]}"), "c.wsus.json");
        Observed o = t.server("osa").getObserved();
        assertEquals(List.of("ports.requireSsl", "languages"), o.unread());
        assertTrue(o.isUnread("ports.requireSsl"));
        assertFalse(o.isUnread("ports.http"));
        String saved = TopologyFiles.toJson(t);
        assertTrue(saved.contains("\"unread\": [\"ports.requireSsl\", \"languages\"]"), saved);
        assertEquals(saved, TopologyFiles.toJson(TopologyFiles.parse(saved, "again.wsus.json")));

        FormatException notList = assertThrows(FormatException.class,
                () -> TopologyFiles.parse(plan("{\"unread\": \"ports.requireSsl\"}"), "c.wsus.json"));
        assertTrue(notList.getMessage().contains("observed.unread): expected a list of setting names in quotes"), notList.getMessage());
        FormatException notText = assertThrows(FormatException.class,
                () -> TopologyFiles.parse(plan("{\"unread\": [\"ports.requireSsl\", 7]}"), "c.wsus.json"));
        assertTrue(notText.getMessage().contains("expected a setting name in quotes but found 7"), notText.getMessage());
    }

    @Test
    void copiesKeepTheFactsButEditsNeverChangeThem() {
        Server s = new Server("a");
        Observed o = new Observed("2027-03-01T10:15:00Z", "g", true, null, "Succeeded", null, null);
        s.setObserved(o);
        assertEquals(o, s.copyWithId("b").getObserved());
        assertTrue(s.sameAs(s.copyWithId("a")));
        Server other = s.copyWithId("a");
        other.setObserved(null);
        assertFalse(s.sameAs(other));
    }

    @Test
    void unreadIsAListOfSettingNamesOrNullAndIsKept() throws Exception {
        for (String wrong : new String[] {"\"ports.requireSsl\"", "42", "{\"a\": 1}", "[1, 2]", "[[\"x\"]]"}) {
            FormatException e = assertThrows(FormatException.class,
                    () -> TopologyFiles.parse(plan("{\"unread\": " + wrong + "}"), "c.wsus.json"), wrong);
            assertTrue(e.getMessage().contains("$.servers[0].observed.unread"), e.getMessage());
        }
        Topology t = TopologyFiles.parse(plan("{\"unread\": [\"ports.requireSsl\", \"proxy.user\"]}"), "c.wsus.json");
        assertTrue(TopologyFiles.toJson(t).contains("\"unread\": [\"ports.requireSsl\", \"proxy.user\"]")
                || TopologyFiles.toJson(t).replaceAll("\\s+", "").contains("\"unread\":[\"ports.requireSsl\",\"proxy.user\"]"),
                TopologyFiles.toJson(t));
        TopologyFiles.parse(plan("{\"unread\": null}"), "c.wsus.json");
    }
}
