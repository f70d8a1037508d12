package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The overview follows collapsed subtrees: it hides when the cards still shown fit, and never draws a hidden card. */
class OverviewCollapseUiTest extends ApplicationTest {
    private EditorWindow window;

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor").clear();
    }

    @AfterEach
    void closeWindows() throws Exception { FxToolkit.cleanupStages(); }

    private TopologyCanvas open(Topology plan) {
        interact(() -> {
            window = EditorApp.openWindow(new Stage(), DemoPlans.document(plan));
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas();
    }

    private Overview overview(TopologyCanvas canvas) { return from(canvas).lookup("#overview").queryAs(Overview.class); }

    private static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void collapsingTheOnlyRootOfAWidePlanHidesTheOverview() {
        Topology plan = DemoPlans.fanOut(300);
        TopologyCanvas canvas = open(plan);
        assertTrue(canvas.isOverviewVisible(), "300 downstreams do not fit the window");
        interact(() -> canvas.setCollapsed(plan.server("hq"), true));
        settle();
        assertFalse(canvas.isOverviewVisible(), "one card and Microsoft Update fit the view");
        interact(() -> canvas.setCollapsed(plan.server("hq"), false));
        settle();
        assertTrue(canvas.isOverviewVisible(), "expanded again, the plan is larger than the view again");
    }

    @Test
    void theOverviewNeverDrawsTheCardsOfACollapsedSubtree() {
        Topology plan = DemoPlans.large(600);
        TopologyCanvas canvas = open(plan);
        settle();
        assertTrue(canvas.isOverviewVisible());
        assertEquals(600, overview(canvas).cardsDrawn());
        Server hub = plan.server("reg0-0");
        int below = plan.subtree(hub).size() - 1;
        assertTrue(below > 0);
        interact(() -> canvas.setCollapsed(hub, true));
        settle();
        assertTrue(canvas.isOverviewVisible(), "the rest of the plan is still larger than the view");
        assertEquals(600 - below, overview(canvas).cardsDrawn());
    }
}
