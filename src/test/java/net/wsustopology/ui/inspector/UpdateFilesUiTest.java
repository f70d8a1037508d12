package net.wsustopology.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Shown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Update Files group of the Languages tab, built from the settings table: greyed where WSUS ignores a setting, with the reason. */
@ExtendWith(ApplicationExtension.class)
class UpdateFilesUiTest {
    private Document document;

    @Start
    void start(Stage stage) {
        document = TestPlans.regional();
        Scene scene = new Scene(new InspectorPane(document), 480, 900);
        TestPlans.style(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private void select(FxRobot robot, Server s) {
        robot.interact(() -> document.selection().set(List.of(s)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Shown.LANGUAGES);
    }

    @Test
    void turningLocalFilesOffGreysTheFilesOptionsWithTheReasonAndUndoBringsThemBack(FxRobot robot) {
        Server ber = document.topology().server("wsus-ber");
        select(robot, ber);
        CheckBox store = robot.lookup("#store-locally").queryAs(CheckBox.class);
        CheckBox express = robot.lookup("#express-files").queryAs(CheckBox.class);
        CheckBox fromMu = robot.lookup("#from-microsoft-update").queryAs(CheckBox.class);
        assertTrue(store.isSelected());
        assertFalse(express.isDisabled());
        assertFalse(fromMu.isDisabled(), "a downstream that stores files may fetch them from Microsoft Update");

        robot.clickOn(store);
        assertFalse(ServerSettings.STORE_LOCALLY.get(ber));
        assertEquals("Set storing update files of " + ber.label(), document.commands().undoLabel());
        assertTrue(express.isDisabled());
        assertTrue(fromMu.isDisabled());
        Label reason = robot.lookup("#only-when-approved-reason").queryAs(Label.class);
        assertTrue(reason.isVisible());
        assertEquals("Only used when update files are stored locally.", reason.getText());
        assertFalse(robot.lookup("#express-files-reason").queryAs(Label.class).isVisible(), "one reason is told once");

        robot.interact(() -> document.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ServerSettings.STORE_LOCALLY.get(ber));
        assertFalse(express.isDisabled());
        assertFalse(reason.isVisible());
    }

    @Test
    void aRootCannotFetchFilesFromMicrosoftUpdateInsteadOfItsUpstream(FxRobot robot) {
        select(robot, document.topology().server("wsus-hq"));
        assertTrue(robot.lookup("#from-microsoft-update").queryAs(CheckBox.class).isDisabled());
        assertEquals("Only for a server that synchronizes from another WSUS server.",
                robot.lookup("#from-microsoft-update-reason").queryAs(Label.class).getText());
    }
}
