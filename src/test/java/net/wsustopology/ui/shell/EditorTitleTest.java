package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import net.wsustopology.document.Document;
import net.wsustopology.ui.DemoPlans;
import org.junit.jupiter.api.Test;

class EditorTitleTest {
    @Test
    void titleNamesPlanAndFileAndMarksUnsavedChanges() {
        Document d = new Document(DemoPlans.regions(), null);
        assertEquals("Contoso 2027 rollout — Untitled — WSUS Topology Editor", EditorWindow.title(d));
        d.execute(d.edits().makeRoot(d.topology().server("berlin")));
        assertEquals("Contoso 2027 rollout — Untitled • — WSUS Topology Editor", EditorWindow.title(d));
        d.markSaved(Path.of("plans", "contoso.wsus.json"));
        assertEquals("Contoso 2027 rollout — contoso.wsus.json — WSUS Topology Editor", EditorWindow.title(d));
        d.topology().setName("");
        assertEquals("contoso.wsus.json — WSUS Topology Editor", EditorWindow.title(d));
    }
}
