package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.wsustopology.diff.DiffFixtures;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class ChangesToApplyTest {
    @Test
    void scriptsOnlyForWhatAScriptAppliesTheRestByHand() {
        Topology planned = DiffFixtures.planned();
        ChangesToApply changes = ChangesToApply.of(PlanDiff.compare(planned, DiffFixtures.collected()), "collected.wsus.json");
        assertEquals(List.of("ber", "vie", "ber-r2"), changes.scripted().stream().map(Server::id).toList(),
                "not deployed or a differing setting a script applies, in rollout order; a failed sync alone needs none");
        assertEquals(List.of("wsus-osa.fabrikam.com (osa): wsusVersion: planned 10.0, actual 6.3"),
                changes.byHand().stream().map(Difference::line).toList(), "no script upgrades WSUS");
        assertEquals("Only the 3 of 7 servers that differ from collected.wsus.json in a setting a script applies, or are not deployed.",
                changes.note());
    }

    @Test
    void iisPortsAndRequireSslAreChangesByHand() throws Exception {
        Topology planned = DiffFixtures.planned();
        Topology actual = DiffFixtures.planned();
        actual.server("par").setHttpsPort(443);
        actual.server("par").setRequireSsl(true);
        actual.server("ber").setProxy(actual.server("ber").getProxy().withEnabled(true).withServer("proxy"));
        ChangesToApply changes = ChangesToApply.of(PlanDiff.compare(planned, actual), "x.wsus.json");
        assertEquals(List.of("ber"), changes.scripted().stream().map(Server::id).toList());
        assertEquals(List.of("ports.https", "ports.requireSsl"), changes.byHand().stream().map(Difference::setting).toList());
        String order = new RolloutOrder(planned).text(changes);
        assertTrue(order.contains("Changes the scripts do not make (IIS, the WSUS version, host names): make them by hand.\n"
                + "  wsus-par.fabrikam.com (par): ports.https: planned 8531, actual 443\n"
                + "  wsus-par.fabrikam.com (par): ports.requireSsl: planned false, actual true\n"), order);
        assertTrue(order.contains("wsus-ber.fabrikam.com.ps1"), order);
        assertTrue(!order.contains("wsus-par.fabrikam.com.ps1"), order);
    }

    @Test
    void everyAppliedPathIsASettingOfTheFile() {
        for (String path : ApiSettings.appliedPaths()) {
            assertTrue(ServerSettings.atPath(path) != null, path + " is not a setting of the file");
        }
    }
}
