package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;

class LanguageCoverageTest {
    private final Plans plans = new Plans();

    @Test
    void aDownstreamLanguageTheUpstreamLacksIsMissingOnUpstream() {
        Server hq = plans.root("hq", "en");
        Server ber = plans.downstream("ber", hq, "en", "de");

        LanguageCoverage coverage = LanguageCoverage.of(plans.topology());

        assertEquals(CellState.MISSING_ON_UPSTREAM, coverage.state(ber, "de"));
        assertEquals(CellState.SELECTED, coverage.state(ber, "en"));
        assertEquals(CellState.NONE, coverage.state(hq, "de"));
        assertEquals(CellState.SELECTED, coverage.state(hq, "en"));
    }

    @Test
    void anUpstreamLanguageNoDownstreamSelectsIsUnused() {
        Server hq = plans.root("hq", "en", "fr");
        Server ber = plans.downstream("ber", hq, "en");

        LanguageCoverage coverage = LanguageCoverage.of(plans.topology());

        assertEquals(CellState.UNUSED_BY_DOWNSTREAMS, coverage.state(hq, "fr"));
        assertEquals(CellState.SELECTED, coverage.state(hq, "en"));
        assertEquals(CellState.NONE, coverage.state(ber, "fr"));
    }

    @Test
    void aLeafNeverWastesALanguageAndAReplicaDownstreamUsesEverything() {
        Server leaf = plans.root("leaf", "en", "fr");
        Server hq = plans.root("hq", "en", "fr");
        plans.replica("rep", hq);

        LanguageCoverage coverage = LanguageCoverage.of(plans.topology());

        assertEquals(CellState.SELECTED, coverage.state(leaf, "fr"));
        assertEquals(CellState.SELECTED, coverage.state(hq, "fr"));
    }

    @Test
    void aReplicaShowsItsUpstreamsLanguagesAsInheritedAndIgnoresItsOwnList() {
        Server hq = plans.root("hq", "en", "fr");
        Server rep = plans.replica("rep", hq);
        rep.setLanguages(LanguageSelection.of(List.of("ja")));
        Server repOfRep = plans.replica("rep2", rep);

        LanguageCoverage coverage = LanguageCoverage.of(plans.topology());

        assertEquals(CellState.INHERITED, coverage.state(rep, "fr"));
        assertEquals(CellState.INHERITED, coverage.state(repOfRep, "fr"));
        assertEquals(CellState.NONE, coverage.state(rep, "ja"));
        assertEquals(List.of("en", "fr"), coverage.codesInUse(), "a replica's own codes are ignored");
        assertFalse(LanguageCoverage.isEditable(rep));
    }

    @Test
    void allLanguagesSelectsEveryCellAndIsNotEditableInTheGrid() {
        Server hq = plans.root("hq", "en");
        hq.setLanguages(LanguageSelection.ALL);
        Server ber = plans.downstream("ber", hq, "de");

        LanguageCoverage coverage = LanguageCoverage.of(plans.topology());

        assertEquals(CellState.SELECTED, coverage.state(hq, "ko"));
        assertEquals(CellState.SELECTED, coverage.state(ber, "de"), "an upstream with all languages has every code");
        assertFalse(LanguageCoverage.isEditable(hq));
        assertTrue(LanguageCoverage.isEditable(ber));
    }

    @Test
    void columnsFollowTheConsoleOrderWithExtrasMerged() {
        Server hq = plans.root("hq", "fr", "en");
        plans.downstream("ber", hq, "de", "en");

        LanguageCoverage coverage = LanguageCoverage.of(plans.topology());

        assertEquals(List.of("de", "en", "fr"), coverage.codesInUse());
        assertEquals(List.of("de", "en", "fr", "ja"), coverage.columns(List.of("JA", "fr")));
    }

    @Test
    void togglingAddsAndRemovesOneCode() {
        Server hq = plans.root("hq", "en");
        assertEquals(LanguageSelection.of(List.of("en", "de")), LanguageCoverage.toggled(hq, "de"));
        hq.setLanguages(LanguageCoverage.toggled(hq, "de"));
        assertEquals(LanguageSelection.of(List.of("en")), LanguageCoverage.toggled(hq, "de"));
    }
}
