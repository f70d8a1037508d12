package net.wsustopology.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.command.Command;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.Test;

class UpdateFilesAndManualSyncFixesTest {
    private static Finding finding(Topology t, String rule, String server) {
        return new Validator().validate(t).stream().filter(f -> f.ruleId().equals(rule) && f.serverId().equals(server))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " on " + server));
    }

    private static boolean has(Topology t, String rule, String server) {
        return new Validator().validate(t).stream().anyMatch(f -> f.ruleId().equals(rule) && f.serverId().equals(server));
    }

    @Test void fil01OffersAllLanguagesOrLocalFilesAndEitherClearsIt() {
        Topology t = new PlanBuilder().root("hq").build();
        ServerSettings.STORE_LOCALLY.set(t.server("hq"), false);
        List<QuickFix> fixes = new QuickFixes(t).of(finding(t, "FIL-01", "hq"));
        assertEquals(List.of("Download updates in all languages on hq", "Store update files locally on hq"),
                fixes.stream().map(QuickFix::label).toList());
        assertFalse(fixes.get(0).isSafe(), "two answers: the user chooses");
        Command all = fixes.get(0).command();
        all.execute();
        assertEquals(LanguageSelection.ALL, t.server("hq").getLanguages());
        assertFalse(has(t, "FIL-01", "hq"));
        all.undo();
        fixes.get(1).command().execute();
        assertTrue(ServerSettings.STORE_LOCALLY.get(t.server("hq")));
        assertFalse(has(t, "FIL-01", "hq"));
    }

    @Test void fil02AndFil03ClearWhatWsusIgnores() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setLanguages(LanguageSelection.ALL)).build();
        ServerSettings.STORE_LOCALLY.set(t.server("hq"), false);
        ServerSettings.EXPRESS_FILES.set(t.server("hq"), true);
        QuickFix clear = new QuickFixes(t).of(finding(t, "FIL-02", "hq")).get(0);
        assertTrue(clear.isSafe());
        assertEquals("Clear express installation files on hq", clear.label());
        clear.command().execute();
        assertFalse(ServerSettings.EXPRESS_FILES.get(t.server("hq")));

        ServerSettings.STORE_LOCALLY.set(t.server("hq"), true);
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(t.server("hq"), true);
        new QuickFixes(t).of(finding(t, "FIL-03", "hq")).get(0).command().execute();
        assertFalse(has(t, "FIL-03", "hq"));
    }

    @Test void sch04SynchronizesDailyAfterTheUpstreamClearOfTheSiblings() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1)))
                .downstream("a", "hq").with(s -> s.setSync(new SyncSchedule(true, "01:30", 1)))
                .downstream("b", "hq").build();
        QuickFix fix = new QuickFixes(t).of(finding(t, "SCH-04", "b")).get(0);
        assertFalse(fix.isSafe(), "a manual schedule may be deliberate: fix on the command line leaves it");
        fix.command().execute();
        SyncSchedule sync = t.server("b").getSync();
        assertTrue(sync.automatic());
        assertEquals(1, sync.perDay());
        assertEquals("02:00", sync.firstSyncUtc(), "the upstream's start + its 30-minute sync + 30 minutes, as Stagger Schedules starts");
        assertEquals(List.of(), new Validator().validate(t));
    }
}
