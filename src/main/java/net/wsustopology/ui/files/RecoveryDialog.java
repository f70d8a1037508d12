package net.wsustopology.ui.files;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import net.wsustopology.io.workspace.RecoveryEntry;

/**
 * Offered at start when autosave copies are left over from a crash: one check box per plan,
 * saying when it was last saved and last autosaved. Checked plans are recovered, the others
 * discarded; "Later" keeps them all for the next start.
 */
public final class RecoveryDialog {
    public static final ButtonType RECOVER = new ButtonType("Recover selected", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public record Choice(List<RecoveryEntry> recover, List<RecoveryEntry> discard) { }

    private RecoveryDialog() { }

    /** Empty when the user postponed the decision. */
    public static Optional<Choice> ask(Window owner, List<RecoveryEntry> entries) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Recover unsaved plans");
        dialog.setHeaderText("The editor did not close normally. These plans had unsaved changes:");
        VBox list = new VBox(10);
        list.setPadding(new Insets(8, 12, 4, 12));
        List<CheckBox> boxes = new ArrayList<>();
        for (RecoveryEntry e : entries) {
            CheckBox box = new CheckBox(describe(e));
            box.setSelected(true);
            box.setWrapText(true);
            box.setMaxWidth(560);
            boxes.add(box);
            list.getChildren().add(box);
        }
        Label hint = new Label("Recovered plans open with unsaved changes. Unchecked copies are deleted.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        list.getChildren().add(hint);
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(RECOVER, LATER);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != RECOVER) return Optional.empty();
        List<RecoveryEntry> recover = new ArrayList<>();
        List<RecoveryEntry> discard = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) (boxes.get(i).isSelected() ? recover : discard).add(entries.get(i));
        return Optional.of(new Choice(recover, discard));
    }

    static String describe(RecoveryEntry e) {
        String name = e.planName() == null || e.planName().isBlank() ? "Untitled plan" : e.planName();
        String file = e.originalFile() == null ? "never saved" : e.originalFile().toString();
        return name + " (" + file + ")\nlast saved: " + time(e.lastSaved()) + ", autosaved: " + time(e.autosaved());
    }

    private static String time(Instant t) { return t == null ? "never" : TIME.format(t); }
}
