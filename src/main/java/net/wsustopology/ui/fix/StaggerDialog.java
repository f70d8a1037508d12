package net.wsustopology.ui.fix;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import net.wsustopology.command.Edits;
import net.wsustopology.document.Document;
import net.wsustopology.fix.FixSettings;
import net.wsustopology.fix.Stagger;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.ui.common.StatusMessages;

/**
 * Arrange > Stagger Schedules: choose the servers, an optional start window and the assumed sync
 * duration, see how many start times change and the worst-case delay before and after, apply as
 * one undo step.
 */
public final class StaggerDialog {
    private final Document document;
    private final StatusMessages messages;
    private final RadioButton wholePlan = new RadioButton("The whole plan");
    private final RadioButton selection = new RadioButton("The selected servers");
    private final CheckBox useWindow = new CheckBox("Only start syncs between");
    private final TextField windowStart = new TextField("18:00");
    private final TextField windowEnd = new TextField("06:00");
    private final Spinner<Integer> duration;
    private final Label summary = new Label();
    private final Label findings = new Label();
    private final Label problemsTitle = new Label();
    private final ListView<String> problems = new ListView<>();
    private Stagger.Plan plan;

    public StaggerDialog(Document document, StatusMessages messages, int syncDurationMinutes) {
        this.document = document;
        this.messages = messages;
        this.duration = new Spinner<>(0, 24 * 60, syncDurationMinutes, 5);
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Stagger Schedules");
        dialog.setResizable(true);
        dialog.setHeaderText("New first-sync times: upstreams before downstreams, siblings 15 minutes apart");
        dialog.getDialogPane().setId("stagger-dialog");
        dialog.getDialogPane().setContent(content());
        ButtonType apply = new ButtonType("Apply", ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Node applyButton = dialog.getDialogPane().lookupButton(apply);
        Runnable update = () -> applyButton.setDisable(!recompute());
        wholePlan.setOnAction(e -> update.run());
        selection.setOnAction(e -> update.run());
        useWindow.setOnAction(e -> update.run());
        windowStart.textProperty().addListener((o, a, b) -> update.run());
        windowEnd.textProperty().addListener((o, a, b) -> update.run());
        duration.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != apply || plan == null || !plan.changesAnything()) return;
        document.execute(Stagger.command(document.edits(), plan));
        messages.show("Staggered " + Edits.plural(plan.times().size(), "start time") + "; worst-case delay "
                + plan.worstBefore().describe() + " → " + plan.worstAfter().describe());
    }

    private Node content() {
        ToggleGroup scope = new ToggleGroup();
        wholePlan.setToggleGroup(scope);
        selection.setToggleGroup(scope);
        boolean hasSelection = !document.selection().asList().isEmpty();
        selection.setDisable(!hasSelection);
        (hasSelection && document.selection().asList().size() > 1 ? selection : wholePlan).setSelected(true);
        wholePlan.setId("stagger-whole-plan");
        selection.setId("stagger-selection");
        useWindow.setId("stagger-window");
        windowStart.setId("stagger-window-start");
        windowEnd.setId("stagger-window-end");
        duration.setId("stagger-duration");
        duration.setEditable(true);
        windowStart.setPrefColumnCount(5);
        windowEnd.setPrefColumnCount(5);
        windowStart.disableProperty().bind(useWindow.selectedProperty().not());
        windowEnd.disableProperty().bind(useWindow.selectedProperty().not());
        summary.setId("stagger-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(520);
        findings.setId("stagger-findings");
        findings.setWrapText(true);
        findings.setMaxWidth(520);
        findings.getStyleClass().add("stagger-findings");
        problemsTitle.setWrapText(true);
        problemsTitle.setMaxWidth(520);
        problemsTitle.getStyleClass().add("text-warning");
        // one row per group of siblings that cannot all keep the rules: a scrolling list, so the dialog fits any screen
        problems.setId("stagger-problems");
        problems.setPrefSize(520, 150);
        problems.setMaxWidth(520);
        problems.setFocusTraversable(false);
        problems.setCellFactory(list -> new WrappingCell());
        problems.managedProperty().bind(problems.visibleProperty());
        problemsTitle.managedProperty().bind(problemsTitle.visibleProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-form");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Servers"), new VBox(4, wholePlan, selection));
        grid.addRow(1, new Label("Window (UTC)"), new HBox(6, useWindow, windowStart, new Label("and"), windowEnd));
        grid.addRow(2, new Label("Assumed sync duration (minutes)"), duration);
        Label rule = new Label("A downstream starts at least 30 minutes plus the sync duration after its upstream;"
                + " each server keeps its syncs per day; manual servers are left alone.");
        rule.setWrapText(true);
        rule.setMaxWidth(520);
        rule.getStyleClass().add("hint");
        return new VBox(12, grid, rule, summary, findings, new VBox(4, problemsTitle, problems));
    }

    /** Plans with the dialog's values; false when they are not valid or nothing would change. */
    private boolean recompute() {
        plan = null;
        FixSettings settings;
        if (useWindow.isSelected()) {
            OptionalInt from = SyncSchedule.parseMinuteOfDay(windowStart.getText().trim());
            OptionalInt to = SyncSchedule.parseMinuteOfDay(windowEnd.getText().trim());
            if (from.isEmpty() || to.isEmpty()) {
                summary.setText("Enter the window as two times written HH:MM, such as 18:00 and 06:00.");
                findings.setText("");
                showProblems(List.of());
                return false;
            }
            settings = new FixSettings(duration.getValue(), from.getAsInt(), to.getAsInt());
        } else {
            settings = new FixSettings(duration.getValue(), null, null);
        }
        List<Server> scope = selection.isSelected() ? document.selection().asList() : document.topology().servers();
        plan = Stagger.plan(document.topology(), scope, settings);
        summary.setText((plan.changesAnything() ? Edits.plural(plan.times().size(), "server") + " get a new first-sync time."
                : "Every start time already fits: nothing to change.")
                + "\nWorst-case delay from Microsoft Update: " + plan.worstBefore().describe() + " now, "
                + plan.worstAfter().describe() + " after.");
        findings.setText("SCH-02 and SCH-03 findings: " + plan.findingsBefore() + " now, " + plan.findingsAfter() + " after.");
        showProblems(plan.problems());
        return plan.changesAnything();
    }

    private void showProblems(List<String> list) {
        problems.getItems().setAll(list);
        boolean any = !list.isEmpty();
        problems.setVisible(any);
        problemsTitle.setVisible(any);
        problemsTitle.setText(list.size() == 1 ? "Where not every rule can be kept:" : "Where not every rule can be kept (" + list.size() + "):");
    }

    /** A list row whose text wraps to the list's width. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
