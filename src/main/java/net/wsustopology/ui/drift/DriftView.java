package net.wsustopology.ui.drift;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.command.Command;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;

/**
 * The Drift tab: every open difference between the plan and the compared file, with a filter.
 * Choosing a row selects its planned server; a row's setting can take the deployed value (one
 * undoable edit of the plan) or keep the plan (the row goes away). The compared file is never written.
 */
final class DriftView extends VBox {
    private final Document document;
    private final Comparison comparison;
    private final Consumer<Server> reveal;
    private final ObservableList<Difference> rows = FXCollections.observableArrayList();
    private final FilteredList<Difference> filtered = new FilteredList<>(rows);
    private final TableView<Difference> table = new TableView<>(filtered);
    private final TextField filter = new TextField();
    private final Label counts = new Label();
    private final Button take = new Button("Take Deployed Value");
    private final Button keep = new Button("Keep Plan");

    DriftView(Document document, Comparison comparison, Consumer<Server> reveal, Runnable scripts) {
        this.document = document;
        this.comparison = comparison;
        this.reveal = reveal;
        getStyleClass().add("drift-view");
        setId("drift-view");
        table.setId("drift-table");
        table.getColumns().add(column("Server", Difference::serverName, 260));
        table.getColumns().add(column("Difference", Difference::describe, 560));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setId("drift-placeholder");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> chosen(row));

        filter.setId("drift-filter");
        filter.setPromptText("Filter by server, setting or value");
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        take.setId("drift-take");
        take.setOnAction(e -> takeDeployed());
        keep.setId("drift-keep");
        keep.setOnAction(e -> keepPlan());
        counts.setId("drift-counts");
        counts.getStyleClass().add("issues-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Button scriptsButton = new Button("Scripts for What Differs…");
        scriptsButton.setId("drift-scripts");
        scriptsButton.setOnAction(e -> scripts.run());
        HBox toolbar = new HBox(8, filter, take, keep, scriptsButton, counts);
        toolbar.getStyleClass().add("issues-toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table);
        refresh();
    }

    /** Shows the comparison's open differences again (after an edit or a choice). */
    void refresh() {
        Difference selected = table.getSelectionModel().getSelectedItem();
        rows.setAll(comparison.open());
        if (selected != null) {
            for (Difference d : rows) if (d.line().equals(selected.line())) table.getSelectionModel().select(d);
        }
        applyFilter();
    }

    private void applyFilter() {
        String needle = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        filtered.setPredicate(d -> needle.isEmpty() || d.line().toLowerCase(Locale.ROOT).contains(needle));
        counts.setText(rows.size() + " difference" + (rows.size() == 1 ? "" : "s") + " from " + comparison.actualName()
                + (filtered.size() == rows.size() ? "" : " (showing " + filtered.size() + ")"));
        ((Label) table.getPlaceholder()).setText(rows.isEmpty() ? "The plan matches " + comparison.actualName()
                : "No difference matches the filter");
        buttons(table.getSelectionModel().getSelectedItem());
    }

    private void chosen(Difference row) {
        buttons(row);
        if (row == null || row.planned() == null) return;
        document.selection().select(row.planned());
        reveal.accept(row.planned());
    }

    private void buttons(Difference row) {
        take.setDisable(row == null || comparison.takeDeployed(row, document.edits()) == null);
        keep.setDisable(row == null);
    }

    private void takeDeployed() {
        Difference row = table.getSelectionModel().getSelectedItem();
        Command edit = row == null ? null : comparison.takeDeployed(row, document.edits());
        if (edit != null) document.execute(edit);
    }

    private void keepPlan() {
        Difference row = table.getSelectionModel().getSelectedItem();
        if (row == null) return;
        comparison.keepPlan(row);
        refresh();
    }

    List<Difference> shown() { return List.copyOf(filtered); }

    private static TableColumn<Difference, String> column(String title, Function<Difference, String> text, double width) {
        TableColumn<Difference, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
