package net.wsustopology.ui.files;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Error and information dialogs whose text wraps instead of being cut off. */
public final class Dialogs {
    private Dialogs() { }

    public static void error(Window owner, String title, String header, String message) {
        show(Alert.AlertType.ERROR, owner, title, header, message);
    }

    public static void info(Window owner, String title, String header, String message) {
        show(Alert.AlertType.INFORMATION, owner, title, header, message);
    }

    /** The grid's labels keep their whole text: the field column gives way instead ("PNG sc…"). */
    static void keepLabelsWhole(GridPane grid) {
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The two-column label/field grid every dialog of the File menu uses. */
    static GridPane formGrid() {
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
        text.setMaxWidth(520);
        text.getStyleClass().add("dialog-message");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
