package net.wsustopology.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import net.wsustopology.document.Document;
import net.wsustopology.ui.common.FileDialogs;
import net.wsustopology.ui.common.Stylesheets;
import net.wsustopology.ui.common.SyncDuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 26 item 4: each insight tab copies and exports itself as an image. */
@ExtendWith(ApplicationExtension.class)
class InsightImagesUiTest {
    @TempDir Path dir;
    private InsightTabs tabs;

    @Start
    void start(Stage stage) {
        tabs = new InsightTabs(new Document(InsightPreview.samplePlan(), null), new Label("issues"), s -> { }, new SyncDuration());
        Scene scene = new Scene(tabs, 1000, 500);
        scene.getStylesheets().addAll(Stylesheets.stylesheets(false));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void plainDialogs() { FileDialogs.useForAllWindows(new FileDialogs()); }

    @Test
    void everyInsightTabCopiesAndExportsItsViewAsAnImage(FxRobot robot) throws Exception {
        for (int index : List.of(InsightTabs.LANGUAGES, InsightTabs.SYNC, InsightTabs.CAPACITY)) {
            robot.interact(() -> tabs.showTab(index));
            Tab tab = tabs.getTabs().get(index);
            assertNotNull(tab.getContextMenu(), tab.getText());
            List<MenuItem> items = tab.getContextMenu().getItems();
            assertEquals(List.of("Copy Image", "Export Image…"), items.stream().map(MenuItem::getText).toList());

            robot.interact(() -> Clipboard.getSystemClipboard().clear());
            robot.interact(() -> items.get(0).fire());
            Image[] copied = new Image[1];
            robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getImage());
            assertNotNull(copied[0], tab.getText() + " copied");
            assertEquals(tab.getContent().getLayoutBounds().getWidth(), copied[0].getWidth(), 8, "the view as shown");

            Path file = dir.resolve(index + ".png");
            String[] suggested = new String[1];
            FileDialogs.useForAllWindows(new FileDialogs() {
                @Override public Path chooseExport(Window owner, String name, List<String> extensions, String selected) {
                    suggested[0] = name;
                    return file;
                }
            });
            robot.interact(() -> items.get(1).fire());
            BufferedImage written = ImageIO.read(file.toFile());
            assertNotNull(written, tab.getText() + " exported");
            assertEquals((int) copied[0].getWidth(), written.getWidth());
            assertTrue(suggested[0].equals(tab.getText().toLowerCase().replace(' ', '-')), suggested[0]);
        }
    }
}
