package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorPaneTest {
    private Document document;
    private Server hq;
    private Server ber;
    private Server par;
    private InspectorPane inspector;

    @Start
    void start(Stage stage) {
        document = TestPlans.regional();
        hq = document.topology().server("wsus-hq");
        ber = document.topology().server("wsus-ber");
        par = document.topology().server("wsus-par");
        inspector = new InspectorPane(document);
        Scene scene = new Scene(inspector, 480, 900);
        TestPlans.style(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    /** Selects as the canvas would, then lets the inspector's new controls get their skins. */
    private void select(FxRobot robot, Server... servers) {
        robot.interact(() -> document.selection().set(List.of(servers)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField typeInto(FxRobot robot, String fieldId, String text) {
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        return field;
    }

    @Test
    void typedPortCommitsOnEnterAsOneUndoStepAndBadTextIsFlaggedNotApplied(FxRobot robot) {
        select(robot, ber);
        robot.clickOn("Source");
        int steps = document.commands().undoSize();

        TextField port = typeInto(robot, "source-port", "8631");
        assertEquals(8631, ber.getSourcePort());
        assertEquals(steps + 1, document.commands().undoSize());

        typeInto(robot, "source-port", "80x1");
        assertTrue(port.getStyleClass().contains("field-error"));
        assertEquals(8631, ber.getSourcePort());
        assertEquals(steps + 1, document.commands().undoSize());

        robot.interact(() -> document.commands().undo());
        assertEquals(8530, ber.getSourcePort());
        assertEquals("8530", port.getText());
        assertFalse(port.getStyleClass().contains("field-error"));
    }

    @Test
    void aSingleServerNeverShowsDifferentValuesAsItsPort(FxRobot robot) {
        robot.interact(() -> {
            ber.setUseSsl(true);
            ber.setSourcePort(null); // as a CSV row with ssl=yes and no port used to leave it
            hq.setSourcePort(null);
        });
        select(robot, ber);
        robot.clickOn("Source");
        TextField port = robot.lookup("#source-port").queryAs(TextField.class);
        assertEquals(Integer.toString(hq.getHttpsPort()), port.getText(), "no port of its own: the upstream's SSL port");
        assertEquals("", port.getPromptText());
        select(robot, hq);
        assertEquals("", port.getText());
        assertEquals("", port.getPromptText(), "a root without a remembered port shows an empty field");
    }

    @Test
    void planLimitsThatContradictEachOtherAreRefusedAtTheField(FxRobot robot) {
        select(robot);
        robot.interact(() -> document.topology().setLimits(new Limits(1000, 2, 2)));
        robot.interact(() -> document.selection().set(List.of(hq)));
        select(robot);
        int steps = document.commands().undoSize();
        TextField recommended = typeInto(robot, "recommended-tiers", "9");
        assertEquals(new Limits(1000, 2, 2), document.topology().getLimits());
        assertEquals(steps, document.commands().undoSize());
        assertTrue(recommended.getStyleClass().contains("field-error"));
        typeInto(robot, "max-tiers", "1");
        assertEquals(new Limits(1000, 2, 2), document.topology().getLimits(), "the maximum is not below the recommended tiers");
        typeInto(robot, "max-downstream", "abc");
        assertEquals(new Limits(1000, 2, 2), document.topology().getLimits());
        typeInto(robot, "max-tiers", "4");
        assertEquals(new Limits(1000, 2, 4), document.topology().getLimits());
    }

    @Test
    void theFieldsStayPutWhileTheFindingsListGrows(FxRobot robot) {
        select(robot, ber);
        Node tabs = robot.lookup("#inspector-tabs").query();
        double before = tabs.localToScene(0, 0).getY();
        robot.interact(() -> {
            ber.setClients(200_000);
            ber.setProxy(ber.getProxy().withEnabled(true).withUseCredentials(true));
            document.execute(SetValueCommand.of(ber, ServerSettings.SYNC,
                    new SyncSchedule(true, "02:00", 30), "Set schedule"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.findings().of("wsus-ber").size() >= 3, document.findings().of("wsus-ber").toString());
        assertEquals(before, tabs.localToScene(0, 0).getY(), 0.5, "the tabs did not move");
    }

    @Test
    void leavingAFieldCommitsItsTextAsOneStep(FxRobot robot) {
        select(robot, ber);
        int steps = document.commands().undoSize();
        TextField site = robot.lookup("#server-site").queryAs(TextField.class);
        robot.clickOn(site);
        robot.interact(site::selectAll);
        robot.write("Munich");
        assertEquals("Berlin", ber.getSite(), "nothing is applied while typing");
        robot.clickOn("#clients");
        assertEquals("Munich", ber.getSite());
        assertEquals(steps + 1, document.commands().undoSize());
    }

    @Test
    void useSslMovesThePortToTheUpstreamsHttpsPortInOneStep(FxRobot robot) {
        select(robot, ber);
        robot.clickOn("Source");
        int steps = document.commands().undoSize();

        robot.clickOn("#use-ssl");
        assertTrue(ber.isUseSsl());
        assertEquals(hq.getHttpsPort(), ber.getSourcePort());
        assertEquals(steps + 1, document.commands().undoSize());
        assertEquals(Integer.toString(hq.getHttpsPort()), robot.lookup("#source-port").queryAs(TextField.class).getText());

        robot.interact(() -> document.commands().undo());
        assertFalse(ber.isUseSsl());
        assertEquals(hq.getHttpPort(), ber.getSourcePort());
        assertFalse(robot.lookup("#use-ssl").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void anEditOfSeveralSelectedServersIsOneStep(FxRobot robot) {
        select(robot, ber, par);
        int steps = document.commands().undoSize();
        TextField clients = robot.lookup("#clients").queryAs(TextField.class);
        assertEquals("", clients.getText(), "the two servers have different client counts");

        typeInto(robot, "http-port", "8080");
        assertEquals(8080, ber.getHttpPort());
        assertEquals(8080, par.getHttpPort());
        assertEquals(8530, hq.getHttpPort());
        assertEquals(steps + 1, document.commands().undoSize());

        robot.interact(() -> document.commands().undo());
        assertEquals(8530, ber.getHttpPort());
        assertEquals(8530, par.getHttpPort());
    }

    @Test
    void theUpdateSourceRadiosMakeARootAndRestoreTheRememberedUpstream(FxRobot robot) {
        select(robot, ber);
        robot.clickOn("Source");
        int steps = document.commands().undoSize();

        robot.clickOn("#source-microsoft");
        assertFalse(ber.isSyncFromUpstream());
        assertTrue(robot.lookup("#use-ssl").queryAs(CheckBox.class).isDisabled());
        robot.clickOn("#source-server");
        assertEquals("wsus-hq", ber.effectiveUpstreamId());
        assertEquals(8530, ber.getSourcePort());
        assertEquals(steps + 2, document.commands().undoSize());
    }

    @Test
    void anUpstreamThatWouldCloseALoopIsRefusedAtTheField(FxRobot robot) {
        select(robot, hq);
        robot.clickOn("Source");
        robot.clickOn("#source-server");
        @SuppressWarnings("unchecked")
        SearchableComboBox<Server> upstream = robot.lookup("#upstream").queryAs(SearchableComboBox.class);
        assertFalse(upstream.getItems().contains(hq), "a server cannot sync from itself");
        Server replica = document.topology().server("wsus-ber-r1");
        assertFalse(upstream.getItems().contains(ber) || upstream.getItems().contains(replica),
                "its own downstreams, direct or not, are not offered: they would make a loop");
        int steps = document.commands().undoSize();

        robot.interact(() -> upstream.setValue(ber));
        assertFalse(hq.isSyncFromUpstream());
        assertEquals(steps, document.commands().undoSize());
        assertTrue(upstream.getStyleClass().contains("field-error"));
        assertTrue(inspector.upstreamMessage().contains("loop"), inspector.upstreamMessage());

        robot.interact(() -> document.selection().select(par));
        robot.interact(() -> upstream.setValue(ber));
        assertEquals("wsus-ber", par.effectiveUpstreamId());
        assertEquals(steps + 1, document.commands().undoSize());
    }
}
