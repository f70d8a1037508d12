package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.ui.DemoPlans;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * At 65 %, where the three-region sample opens, the editor draws its cards whole (details lines,
 * link labels, Microsoft Update's name), as it did before the summary level; presentation mode's
 * read-only canvas draws only what reads at 8 px there, for an audience.
 */
class CardsWholeInTheEditorUiTest extends ApplicationTest {
    private static final double ZOOM = 0.65;
    private Stage stage;

    @Override public void start(Stage stage) { this.stage = stage; }

    @Test
    void theEditorDrawsWholeCardsWhereTheirHostNamesRead() throws Exception {
        List<String> texts = textsAt(false);
        assertTrue(texts.contains("Microsoft Update"), texts.toString());
        assertTrue(texts.contains("wsus-ber01"), "host line");
        assertTrue(texts.stream().anyMatch(t -> t.contains("Tier 3")), "details lines: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("8530") || t.startsWith("8531")), "link labels: " + texts);
    }

    @Test
    void presentationDrawsOnlyWhatReadsAtEightPixels() throws Exception {
        List<String> texts = textsAt(true);
        assertTrue(texts.contains("wsus-ber01"), "host line at 13 px reads at 8.5 px: " + texts);
        assertFalse(texts.contains("Microsoft Update"), "12 px reads at 7.8 px");
        assertFalse(texts.stream().anyMatch(t -> t.contains("Tier 3")), "details lines at 10 px read at 6.5 px: " + texts);
    }

    private List<String> textsAt(boolean readOnly) throws Exception {
        var document = DemoPlans.document(TopologyFiles.load(Path.of("sample-topologies/three-region-enterprise.wsus.json")));
        TopologyCanvas[] canvas = new TopologyCanvas[1];
        interact(() -> {
            canvas[0] = readOnly ? TopologyCanvas.readOnly(document) : new TopologyCanvas(document);
            stage.setScene(new Scene(canvas[0], 1200, 800));
            stage.show();
        });
        interact(() -> canvas[0].zoomAround(ZOOM, 600, 400));
        List<String> texts = new ArrayList<>();
        interact(() -> visibleTexts(canvas[0], texts));
        return texts;
    }

    private static void visibleTexts(Node node, List<String> texts) {
        if (!node.isVisible()) return;
        if (node instanceof Text t && !t.getText().isEmpty()) texts.add(t.getText());
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) visibleTexts(child, texts);
    }
}
