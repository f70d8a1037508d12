package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.diagram.CardText;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** At 100 % a card shows a host name of up to 40 characters whole: host in bold, domain under it, inside the card. */
class CardNamesUiTest extends ApplicationTest {
    private static final String[] NAMES = {
        "wsus-hq01.emea-branches.corp.contoso.com",
        "wsus-branch-office-0042.emea.contoso.com",
        "WSUS-VERY-LONG-SINGLE-LABEL-SERVER-NAME1",
        "WWWWWWWWWWWWWWW.MMMMMMMMMMMMMMMMMMMM.COM",
    };
    private Topology topology;
    private EditorWindow window;

    @Override public void start(Stage stage) {
        topology = new Topology();
        Server root = Plans.root(topology, "root");
        root.setName(NAMES[0]);
        for (int i = 1; i < NAMES.length; i++) {
            Server d = Plans.downstream(topology, "d" + i, "root");
            d.setName(NAMES[i]);
            d.setReplica(i % 2 == 1);
            d.setSite("Some site with a long name");
        }
        window = EditorApp.openWindow(stage, DemoPlans.document(topology));
        window.show();
    }

    @Test
    void namesOfFortyCharactersAreShownWholeInsideTheirCards() {
        interact(() -> window.canvas().zoomToActualSize());
        assertEquals(1.0, window.canvas().zoom());
        for (Server s : topology.servers()) {
            ServerNode card = window.canvas().cardOf(s);
            assertNotNull(card, s.id() + " is drawn");
            String host = shown(card, "card-host");
            String domain = shown(card, "card-domain");
            assertEquals(s.getName(), domain.isEmpty() ? host : host + "." + domain);
            for (Text line : card.lines()) {
                if (!line.isVisible()) continue;
                Bounds b = line.getBoundsInParent();
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= CardText.WIDTH - CardText.PAD + 1, line.getText() + " leaves the card: " + b);
                assertTrue(b.getMinY() >= 0 && b.getMaxY() <= CardText.HEIGHT, line.getText() + " leaves the card: " + b);
                assertTrue(line.getFont().getSize() >= 8.5, line.getText() + " in " + line.getFont());
                if (!line.getStyleClass().contains("card-details")) assertFalse(line.getText().endsWith("…"), line.getText());
            }
            Text hostLine = card.lines().get(0);
            assertTrue(hostLine.getFont().getStyle().toLowerCase().contains("bold"), "the host is bold: " + hostLine.getFont());
        }
    }

    private static String shown(ServerNode card, String styleClass) {
        return card.lines().stream().filter(t -> t.isVisible() && t.getStyleClass().contains(styleClass))
                .map(Text::getText).collect(Collectors.joining());
    }
}
