package net.wsustopology.ui.files;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import net.wsustopology.document.ChangedOnDiskException;

/** Asks Overwrite / Save As… / Reload / Cancel when the plan's file changed on disk since this window read or saved it. */
public final class ChangedOnDiskPrompt {
    public enum Answer { OVERWRITE, SAVE_AS, RELOAD, CANCEL }

    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
    static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
    static final ButtonType RELOAD = new ButtonType("Reload", ButtonBar.ButtonData.NO);

    private ChangedOnDiskPrompt() { }

    public static Answer ask(Window owner, ChangedOnDiskException change) {
        String name = change.file().getFileName().toString();
        Alert alert = change.deleted()
                ? new Alert(Alert.AlertType.WARNING, "", OVERWRITE, SAVE_AS, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.WARNING, "", OVERWRITE, SAVE_AS, RELOAD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("File changed on disk");
        alert.setHeaderText(change.deleted()
                ? name + " was deleted or moved since this window opened or saved it."
                : name + " was changed on disk since this window opened or saved it.");
        Label text = new Label(change.deleted()
                ? "Overwrite writes this window's plan there again; Save As… keeps it under another name."
                : "Another window, editor or program (a git pull, a copy) saved it. Overwrite replaces that version "
                        + "with this window's plan; Save As… keeps both; Reload shows the version on disk and drops "
                        + "this window's unsaved changes.");
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(Dialogs.WIDTH);
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty()) return Answer.CANCEL;
        if (choice.get() == OVERWRITE) return Answer.OVERWRITE;
        if (choice.get() == SAVE_AS) return Answer.SAVE_AS;
        return choice.get() == RELOAD ? Answer.RELOAD : Answer.CANCEL;
    }
}
