package net.wsustopology.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.wsustopology.app.EditorApp;
import net.wsustopology.document.Workspace;
import net.wsustopology.export.Theme;
import net.wsustopology.ui.common.FileDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export remembers the theme of the last export. */
class ExportDialogUiTest extends ApplicationTest {
    @TempDir static Path tmp;

    /** The file chooser is cancelled: the choices in the dialog count all the same. */
    private static final class CancelledChooser extends FileDialogs {
        @Override public Path chooseExport(Window owner, String base, List<String> formats, String selected) { return null; }
    }

    @BeforeAll
    static void fakeChooser() { FileDialogs.useForAllWindows(new CancelledChooser()); }

    @BeforeEach
    void keepToolkitWhenTheLastWindowCloses() { Platform.setImplicitExit(false); }

    @Override public void start(Stage stage) throws Exception {
        Preferences.userRoot().node("net/wsustopology/editor/export").clear();
        new EditorApp().start(stage, new Workspace(Files.createTempDirectory(tmp, "appdata")),
                List.of("sample-topologies/single-office.wsus.json"));
    }

    @AfterEach
    void closeWindows() throws Exception { FxToolkit.cleanupStages(); }

    @SuppressWarnings("unchecked")
    private ChoiceBox<Theme> themeChoice() {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        return (ChoiceBox<Theme>) pane.lookupAll(".choice-box").stream()
                .filter(c -> ((ChoiceBox<?>) c).getItems().contains(Theme.DARK)).findFirst().orElseThrow();
    }

    @Test
    void theDarkThemeChosenLastTimeIsOfferedAgain() {
        clickOn("File").clickOn("Export…");
        ChoiceBox<Theme> theme = themeChoice();
        assertEquals(Theme.LIGHT, theme.getValue(), "Light the first time");
        interact(() -> theme.setValue(Theme.DARK));
        clickOn("Export…");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("File").clickOn("Export…");
        assertEquals(Theme.DARK, themeChoice().getValue());
        clickOn("Cancel");
    }
}
