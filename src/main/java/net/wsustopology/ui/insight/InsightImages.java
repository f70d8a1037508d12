package net.wsustopology.ui.insight;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javax.imageio.ImageIO;
import net.wsustopology.ui.common.FileDialogs;

/**
 * Copy Image and Export Image on an insight tab (right-click the tab): the view as it is shown,
 * to the clipboard or to a PNG file, for a slide deck or a report.
 */
final class InsightImages {
    private InsightImages() { }

    /** Gives {@code tab} its Copy Image / Export Image menu; {@code fileName} without extension. */
    static void addTo(Tab tab, String fileName) {
        MenuItem copy = new MenuItem("Copy Image");
        copy.setId(tab.getId() + "-copy-image");
        copy.setOnAction(e -> { if (tab.getContent() != null) copy(tab.getContent()); });
        MenuItem export = new MenuItem("Export Image…");
        export.setId(tab.getId() + "-export-image");
        export.setOnAction(e -> { if (tab.getContent() != null) export(tab.getContent(), fileName); });
        tab.setContextMenu(new ContextMenu(copy, export));
    }

    static void copy(Node view) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(view.snapshot(null, null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void export(Node view, String fileName) {
        Path file = FileDialogs.shared().chooseExport(view.getScene().getWindow(), fileName, List.of("png"), "png");
        if (file == null) return;
        try {
            write(view.snapshot(null, null), file);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + e.getMessage());
            alert.initOwner(view.getScene().getWindow());
            alert.show();
        }
    }

    static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        if (!ImageIO.write(out, "png", file.toFile())) throw new IOException("no PNG writer available");
    }
}
