package net.wsustopology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.model.ServerTemplate;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.PlanBuilder;
import net.wsustopology.validation.RuleCheck;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class ManualSyncRuleTest {
    private final ManualSyncRule rule = new ManualSyncRule();

    @Test void notesEveryServerThatSynchronizesManually() {
        Topology t = new PlanBuilder().root("hq").with(s -> s.setSync(new SyncSchedule(true, "01:00", 1)))
                .downstream("ber", "hq").build();
        List<Finding> findings = RuleCheck.all(rule, t);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("SCH-04", f.ruleId());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("ber", f.serverId());
        assertTrue(f.message().contains("synchronizes manually"), f.message());
    }

    @Test void aNewServerStartsManualAndSoIsNoted() {
        Topology t = new Topology();
        t.addServer(ServerTemplate.DEFAULT.create("new", "wsus-new.corp.example.com"));
        assertEquals(List.of("new"), RuleCheck.flagged(rule, t));
        t.server("new").setSync(new SyncSchedule(true, "25:00", 1));
        assertEquals(List.of(), RuleCheck.flagged(rule, t), "an invalid automatic schedule is SCH-01's");
    }
}
