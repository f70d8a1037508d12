package net.wsustopology.ui.files;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import net.wsustopology.io.FormatException;

/** Error and information dialogs whose text wraps instead of being cut off or widening the dialog. */
public final class Dialogs {
    /** Wide enough for a sentence a line, narrow enough for any editor window. */
    static final double WIDTH = 560;

    private Dialogs() { }

    /** A plan file that was refused: a newer format is said to be newer, not invalid. */
    public static void cannotOpen(Window owner, String title, Path file, FormatException e) {
        String header = e.newerFormat()
                ? file.getFileName() + " is from a newer version of WSUS Topology Editor."
                : file.getFileName() + " is not a valid topology file.";
        error(owner, title, header, e.getMessage());
    }

    public static void error(Window owner, String title, String header, String message) {
        show(Alert.AlertType.ERROR, owner, title, header, message);
    }

    public static void info(Window owner, String title, String header, String message) {
        show(Alert.AlertType.INFORMATION, owner, title, header, message);
    }

    /** The grid's labels keep their whole text: the field column gives way instead ("PNG sc…"). */
    public static void keepLabelsWhole(GridPane grid) {
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The two-column label/field grid every dialog of the File menu uses. */
    public static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 0, 0));
        return grid;
    }

    private static void show(Alert.AlertType type, Window owner, String title, String header, String message) {
        Alert alert = new Alert(type);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.showAndWait();
    }
}
