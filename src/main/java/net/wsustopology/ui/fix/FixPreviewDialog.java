package net.wsustopology.ui.fix;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import net.wsustopology.fix.QuickFix;

/** Shows what a structural fix (moving downstreams) will change before it is applied. */
final class FixPreviewDialog {
    private FixPreviewDialog() { }

    static boolean confirm(Window owner, QuickFix fix) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Quick Fix " + fix.ruleId());
        dialog.setHeaderText(fix.label());
        Label preview = new Label(fix.change());
        preview.setWrapText(true);
        preview.setMaxWidth(560);
        preview.setId("fix-preview");
        preview.getStyleClass().add("fix-preview");
        Label undo = new Label("One step: Edit > Undo takes it back.");
        undo.getStyleClass().add("hint");
        dialog.getDialogPane().setContent(new VBox(10, preview, undo));
        ButtonType apply = new ButtonType("Apply", ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == apply;
    }
}
