package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Workspace;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.WsusVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers added from the palette or the context menu start as File > Preferences says. */
class NewServersTest {
    @TempDir Path tmp;

    @Test
    void aPaletteServerGetsTheDefaultVersionOfThePreferencesAndItsPorts() {
        Workspace workspace = new Workspace(tmp.resolve("appdata"));
        DocumentSession session = DocumentSession.newPlan(workspace);
        workspace.settings().setDefaultVersion(WsusVersion.V3_SP2);
        Server root = session.document().topology().servers().get(0);

        session.document().execute(NewServers.add(session.document(), ServerKind.DOWNSTREAM, root, new Position(100, 200)));
        Server added = session.document().topology().servers().get(1);
        assertEquals(WsusVersion.V3_SP2, added.getWsusVersion(), "the version chosen after the plan was opened");
        assertEquals(80, added.getHttpPort());
        assertEquals(443, added.getHttpsPort());
        assertEquals(root.id(), added.getUpstreamId());

        workspace.settings().setDefaultVersion(WsusVersion.V6_3);
        assertEquals(WsusVersion.V6_3, NewServers.create(session.document(), null, new Position(0, 0)).getWsusVersion());
    }
}
