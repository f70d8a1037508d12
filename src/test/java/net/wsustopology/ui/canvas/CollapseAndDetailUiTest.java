package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A collapsed card tells how bad its hidden subtree is; zoomed far out, cards drop their texts. */
class CollapseAndDetailUiTest extends ApplicationTest {
    private Document document;
    private Topology topology;
    private EditorWindow window;

    @Override public void start(Stage stage) {
        topology = DemoPlans.regions();
        document = DemoPlans.document(topology);
        window = EditorApp.openWindow(stage, document);
        window.show();
    }

    @Test
    void aCollapsedCardShowsTheWorstFindingOfItsHiddenServers() {
        Server berlin = topology.server("berlin"), munich = topology.server("munich");
        interact(() -> window.canvas().setCollapsed(berlin, true));
        assertTrue(window.canvas().nodeHasStyleClass(berlin, "collapsed"));
        assertFalse(window.canvas().nodeHasStyleClass(berlin, "hidden-worst-error"));

        interact(() -> document.execute(SetValueCommand.of(munich, ServerSettings.HTTP_PORT, 70000, "Set port")));
        assertTrue(window.canvas().nodeHasStyleClass(berlin, "hidden-worst-error"));

        interact(() -> document.commands().undo());
        assertFalse(window.canvas().nodeHasStyleClass(berlin, "hidden-worst-error"));
        assertTrue(window.canvas().nodeHasStyleClass(berlin, "collapsed"));

        interact(() -> window.canvas().setCollapsed(berlin, false));
        assertFalse(window.canvas().nodeHasStyleClass(berlin, "collapsed"));
    }

    @Test
    void zoomedFarOutTheCardsOfAGroupOpenedByHandDropTheirTextsAndGetThemBackWhenZoomedIn() {
        Server munich = topology.server("munich");
        Server berlin = topology.upstreamOf(munich);
        assertFalse(window.canvas().nodeHasStyleClass(munich, "lod-no-texts"));
        interact(() -> {
            window.canvas().setGroupOpen(berlin, true);
            while (window.canvas().zoom() >= LevelOfDetail.TEXT_ZOOM) window.canvas().zoomOut();
        });
        assertTrue(window.canvas().nodeHasStyleClass(munich, "lod-no-texts"));
        interact(() -> window.canvas().zoomToActualSize());
        assertFalse(window.canvas().nodeHasStyleClass(munich, "lod-no-texts"));
    }
}
