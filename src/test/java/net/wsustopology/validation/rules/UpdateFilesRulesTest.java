package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

/** FIL-01, FIL-02 and FIL-03: the update files settings WSUS refuses or ignores. */
class UpdateFilesRulesTest {
    private static Topology plan() {
        return new PlanBuilder().root("hq").downstream("ber", "hq").replica("rep", "hq").build();
    }

    @Test void fil01FlagsAServerWhoseClientsUseMicrosoftUpdateWithoutAllLanguages() {
        Topology t = plan();
        for (String id : List.of("hq", "ber", "rep")) ServerSettings.STORE_LOCALLY.set(t.server(id), false);
        FilesFromMicrosoftUpdateNeedAllLanguagesRule rule = new FilesFromMicrosoftUpdateNeedAllLanguagesRule();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(List.of("hq", "ber"), findings.stream().map(Finding::serverId).toList(), "a replica's languages are its upstream's");
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("all languages"), findings.get(0).message());
        t.server("hq").setLanguages(LanguageSelection.ALL);
        ServerSettings.STORE_LOCALLY.set(t.server("ber"), true);
        assertEquals(List.of(), RuleCheck.flagged(rule, t));
    }

    @Test void fil02NotesExpressFilesAndFilesFromMicrosoftUpdateWithoutLocalFiles() {
        Topology t = plan();
        IgnoredFileOptionsRule rule = new IgnoredFileOptionsRule();
        ServerSettings.EXPRESS_FILES.set(t.server("hq"), true);
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(t.server("ber"), true);
        assertEquals(List.of(), RuleCheck.flagged(rule, t), "both are used while files are stored locally");
        ServerSettings.STORE_LOCALLY.set(t.server("hq"), false);
        ServerSettings.STORE_LOCALLY.set(t.server("ber"), false);
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(List.of("hq", "ber"), findings.stream().map(Finding::serverId).toList());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("express installation files"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("downloading files from Microsoft Update"), findings.get(1).message());
    }

    @Test void fil03NotesFilesFromMicrosoftUpdateOnARoot() {
        Topology t = plan();
        FilesFromMicrosoftUpdateOnRootRule rule = new FilesFromMicrosoftUpdateOnRootRule();
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(t.server("hq"), true);
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(t.server("ber"), true);
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(List.of("hq"), findings.stream().map(Finding::serverId).toList());
        assertEquals("FIL-03", findings.get(0).ruleId());
        assertEquals(Severity.INFO, findings.get(0).severity());
    }
}
