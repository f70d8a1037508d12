package net.wsustopology.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.command.Edits;
import net.wsustopology.command.Command;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import org.junit.jupiter.api.Test;

/** Kinds of drift, their words and marks, the Drift tab's wording and grouping, and Adopt into Plan, on the three-region sample. */
class DriftKindTest {
    private final Comparison c = DiffFixtures.threeRegion();

    private Server planned(String id) { return c.diff().planned().server(id); }

    private Map<String, DriftKind> kindByServer() {
        Map<String, DriftKind> kinds = new LinkedHashMap<>();
        for (Difference d : c.open()) kinds.put(d.serverName().split("\\.")[0], DriftKind.of(d));
        return kinds;
    }

    @Test
    void everyDifferenceOfTheSampleHasItsKind() {
        Map<String, DriftKind> kinds = kindByServer();
        assertEquals(DriftKind.MOVED, kinds.get("wsus-got01"));
        assertEquals(DriftKind.UNREACHABLE, kinds.get("wsus-osa01"));
        assertEquals(DriftKind.FAILED_SYNC, kinds.get("wsus-par01"));
        assertEquals(DriftKind.DEPLOYED_ONLY, kinds.get("wsus-lab01"));
        assertEquals(DriftKind.PLANNED_ONLY, kinds.get("wsus-akl01"));
        assertEquals(DriftKind.SETTING_DIFFERS, kinds.get("wsus-nyc01"));
        assertEquals(9, c.open().size());
        assertEquals(DriftKind.SAME, c.kindOf(planned("hq")));
        assertEquals(DriftKind.MOVED, c.kindOf(planned("eu-got")));
        assertEquals(DriftKind.PLANNED_ONLY, c.kindOf(planned("ap-akl")));
    }

    @Test
    void aCardShowsItsMostTellingKindAndEveryKindHasItsOwnMarkAndWords() {
        Difference port = byServer("wsus-nyc01");
        Difference failed = byServer("wsus-par01");
        assertEquals(DriftKind.FAILED_SYNC, DriftKind.ofServer(List.of(port, failed)));
        assertEquals(DriftKind.SAME, DriftKind.ofServer(List.of()));
        Set<String> marks = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (DriftKind k : DriftKind.values()) {
            assertTrue(marks.add(k.mark()), "one mark per kind: " + k);
            assertTrue(words.add(k.words()), "one wording per kind: " + k);
        }
        assertEquals(7, marks.size());
    }

    @Test
    void theDriftTabSpeaksAsTheConsole() {
        assertEquals("Update Source: port: planned 8530, actual 8531", DriftWording.of(byServer("wsus-nyc01")));
        assertEquals("Moved: deployed under wsus-sto01.eu.corp.contoso.com, planned under wsus-emea01.eu.corp.contoso.com",
                DriftWording.of(byServer("wsus-got01")));
        assertEquals("Deployed but not planned, under wsus-lon01", DriftWording.of(byServer("wsus-lab01")));
        assertTrue(DriftWording.of(byServer("wsus-osa01")).startsWith("Unreachable when collected: The remote server did not answer"));
        assertEquals("Update Source: port", DriftWording.subject(byServer("wsus-nyc01")));
        assertEquals("Planned but not deployed", DriftWording.subject(byServer("wsus-akl01")));
    }

    @Test
    void everySettingDiffComparesHasAConsoleCaption() {
        List<String> missing = new ArrayList<>();
        for (Setting s : ServerSettings.settings()) if (s.deployed() && !SettingCaptions.hasCaption(s.path())) missing.add(s.path());
        assertEquals(List.of(), missing);
        assertEquals("Update Source: port", SettingCaptions.of("updateSource.port"));
        assertEquals("some.new.path", SettingCaptions.of("some.new.path"), "a setting without a caption keeps its path");
    }

    @Test
    void groupsFollowRolloutOrderWithTheirCounts() {
        DriftGroups groups = DriftGroups.of(c.open());
        assertEquals(9, groups.groups().size());
        assertEquals("wsus-nyc01.na.corp.contoso.com (1)", groups.groups().get(0).heading());
        DriftGroups.Group last = groups.groups().get(8);
        assertEquals("wsus-lab01.eu.corp.contoso.com", last.name());
        assertEquals("", last.planId(), "a server only deployed has no plan id");
        assertEquals(DriftKind.DEPLOYED_ONLY, last.kind());
        assertEquals(4, DriftGroups.counts(c.open()).get(DriftKind.SETTING_DIFFERS));
    }

    @Test
    void adoptIntoPlanAddsTheDeployedServerUnderItsDeployedUpstreamInOneUndoableStep() {
        Difference lab = byServer("wsus-lab01");
        assertNull(c.adopt(byServer("wsus-nyc01"), new Position(0, 0), new Edits(c.diff().planned())), "only a deployed-only server");
        Command adopt = c.adopt(lab, new Position(100, 900), new Edits(c.diff().planned()));
        assertNotNull(adopt);
        assertEquals("Adopt wsus-lab01.eu.corp.contoso.com into the plan", adopt.label());
        adopt.execute();
        Server joined = c.diff().planned().servers().get(c.diff().planned().size() - 1);
        assertEquals("wsus-lab01.eu.corp.contoso.com", joined.getName());
        assertEquals("eu-lon", joined.getUpstreamId(), "under the planned server matched to its deployed upstream");
        assertEquals(8530, joined.getSourcePort());
        assertNull(joined.getObserved());
        assertEquals(new Position(100, 900), joined.getPosition());
        c.refresh();
        assertEquals(8, c.open().size(), "the row goes away");
        adopt.undo();
        c.refresh();
        assertEquals(9, c.open().size());
    }

    private Difference byServer(String host) {
        for (Difference d : c.open()) if (d.serverName().startsWith(host + ".")) return d;
        throw new AssertionError(host);
    }
}
