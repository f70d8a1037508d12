package net.wsustopology.ui.files;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks Save / Don't Save / Cancel before unsaved changes would be lost. */
public final class UnsavedChangesPrompt {
    public enum Answer { SAVE, DISCARD, CANCEL }

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private UnsavedChangesPrompt() { }

    public static Answer ask(Window owner, String documentName, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + " before " + action + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) return Answer.CANCEL;
        return choice.get() == SAVE ? Answer.SAVE : Answer.DISCARD;
    }
}
