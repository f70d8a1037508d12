package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutOrderTest {
    @TempDir Path dir;

    @Test
    void upstreamsComeFirstByTierThenFileOrder() {
        Topology t = new Topology();
        Plans.downstream(t, "c2", "b");
        Plans.downstream(t, "b", "a");
        Plans.root(t, "a");
        Plans.downstream(t, "b2", "a");
        Plans.root(t, "z");
        Plans.downstream(t, "c1", "b2");
        RolloutOrder order = new RolloutOrder(t);
        assertEquals(List.of("a", "z", "b", "b2", "c2", "c1"), order.ordered().stream().map(Server::id).toList());
        assertTrue(order.withoutTier().isEmpty());
        for (Server s : order.ordered()) {
            Server up = t.upstreamOf(s);
            if (up != null) assertTrue(order.ordered().indexOf(up) < order.ordered().indexOf(s));
        }
    }

    @Test
    void loopsAndDanglingServersAreListedLastWithAReason() throws Exception {
        Topology t = new Topology();
        Plans.downstream(t, "l1", "l2");
        Plans.root(t, "a");
        Plans.downstream(t, "l2", "l1");
        Plans.downstream(t, "under", "l1");
        Plans.downstream(t, "lost", "nowhere");
        Plans.downstream(t, "lostChild", "lost");
        RolloutOrder order = new RolloutOrder(t);
        assertEquals(List.of("a"), order.ordered().stream().map(Server::id).toList());
        assertEquals(List.of("l1", "l2", "under", "lost", "lostChild"), order.withoutTier().stream().map(Server::id).toList());
        String text = order.text();
        assertTrue(text.contains("Not in any tier"));
        assertTrue(text.contains("l1.corp.contoso.com.ps1  (plan id l1)  (on a loop of upstream servers)"), text);
        assertTrue(text.contains("under.corp.contoso.com.ps1  (plan id under)  (under a loop of upstream servers (l1))"), text);
        assertTrue(text.contains("lost.corp.contoso.com.ps1  (plan id lost)  (its upstream 'nowhere' is not in the plan)"), text);
        assertTrue(text.contains("lostchild.corp.contoso.com.ps1  (plan id lostChild)  (under lost, whose upstream 'nowhere' is not in the plan)"),
                text);
        assertTrue(text.indexOf("a.corp.contoso.com.ps1") < text.indexOf("Not in any tier"));

        ScriptWriter.write(t, dir, List.of(), true);
        String file = new String(Files.readAllBytes(dir.resolve(ScriptWriter.ROLLOUT_ORDER)), StandardCharsets.UTF_8);
        assertTrue(file.contains("   1. tier 1  a.corp.contoso.com.ps1"), file);
        assertTrue(file.contains("\r\n"));
    }
}
