package net.wsustopology.ui.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.wsustopology.command.Command;
import net.wsustopology.diff.Comparison;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftGroups;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.ui.common.PlanOverlays;

/**
 * The Drift tab: every open difference between the plan and the compared file, grouped by server
 * (rollout order, with a count), in the console's words, each row with its kind of drift as its
 * icon and the setting's file path in a column of its own; a filter searches all of it. Choosing
 * a row selects its server's card and centres it. A changed setting can take the deployed value,
 * a server only deployed can be adopted into the plan (each one undoable edit of the plan), any
 * difference can keep the plan (the row goes away). The compared file is never written.
 */
final class DriftView extends VBox {
    private final Document document;
    private final Comparison comparison;
    private final PlanOverlays canvas;
    private final TreeItem<DriftRow> root = new TreeItem<>();
    private final TreeTableView<DriftRow> table = new TreeTableView<>(root);
    private final TextField filter = new TextField();
    private final Label counts = new Label();
    private final Label placeholder = new Label();
    private final Button take = new Button("Take Deployed Value");
    private final Button adopt = new Button("Adopt into Plan");
    private final Button keep = new Button("Keep Plan");
    private List<Difference> shown = List.of();

    DriftView(Document document, Comparison comparison, PlanOverlays canvas, Runnable scripts) {
        this.document = document;
        this.comparison = comparison;
        this.canvas = canvas;
        getStyleClass().add("drift-view");
        setId("drift-view");
        table.setId("drift-table");
        table.setShowRoot(false);
        TreeTableColumn<DriftRow, String> what = column("Server / difference", DriftRow::text, 620);
        what.setCellFactory(c -> new RowCell());
        table.getColumns().add(what);
        table.getColumns().add(column("Setting in the file", DriftRow::path, 220));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder.setId("drift-placeholder");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> chosen(item == null ? null : item.getValue()));
        // a click on the row already chosen finds its card again (after the canvas chose another)
        table.setOnMouseClicked(e -> chosen(selected()));

        filter.setId("drift-filter");
        filter.setPromptText("Filter by server, setting or value");
        filter.textProperty().addListener((o, a, b) -> refresh());
        HBox.setHgrow(filter, Priority.ALWAYS);
        take.setId("drift-take");
        take.setOnAction(e -> execute(takeEdit(selected())));
        adopt.setId("drift-adopt");
        adopt.setTooltip(new Tooltip("Add this server to the plan with its deployed settings, under its deployed upstream"));
        adopt.setOnAction(e -> execute(adoptEdit(selected())));
        keep.setId("drift-keep");
        keep.setOnAction(e -> keepPlan());
        counts.setId("drift-counts");
        counts.getStyleClass().add("issues-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Button scriptsButton = new Button("Scripts for What Differs…");
        scriptsButton.setId("drift-scripts");
        scriptsButton.setOnAction(e -> scripts.run());
        HBox toolbar = new HBox(8, filter, take, adopt, keep, scriptsButton, counts);
        toolbar.getStyleClass().add("issues-toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table);
        refresh();
    }

    /** Shows the comparison's open differences again (after an edit, a choice or a change of the filter), keeping the chosen row. */
    void refresh() {
        DriftRow was = selected();
        List<Difference> open = comparison.open();
        String needle = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        List<Difference> matching = new ArrayList<>();
        DriftGroups all = DriftGroups.of(open);
        for (DriftGroups.Group g : all.groups()) {
            for (Difference d : g.differences()) {
                if (needle.isEmpty() || DriftRow.of(g, d).searchText().toLowerCase(Locale.ROOT).contains(needle)) matching.add(d);
            }
        }
        shown = List.copyOf(matching);
        List<TreeItem<DriftRow>> groups = new ArrayList<>();
        TreeItem<DriftRow> reselect = null;
        for (DriftGroups.Group g : DriftGroups.of(matching).groups()) {
            TreeItem<DriftRow> server = new TreeItem<>(DriftRow.of(g));
            server.setExpanded(true);
            for (Difference d : g.differences()) {
                TreeItem<DriftRow> item = new TreeItem<>(DriftRow.of(g, d));
                server.getChildren().add(item);
                if (was != null && !was.isServer() && d.line().equals(was.difference().line())) reselect = item;
            }
            if (was != null && was.isServer() && g.server() == was.server()) reselect = server;
            groups.add(server);
        }
        root.getChildren().setAll(groups);
        if (reselect != null) table.getSelectionModel().select(reselect);
        int servers = all.groups().size();
        counts.setText(open.size() + " difference" + (open.size() == 1 ? "" : "s") + " on " + servers + " server"
                + (servers == 1 ? "" : "s") + " from " + comparison.actualName()
                + (matching.size() == open.size() ? "" : " (showing " + matching.size() + ")"));
        placeholder.setText(open.isEmpty() ? "The plan matches " + comparison.actualName() : "No difference matches the filter");
        buttons(selected());
    }

    private DriftRow selected() {
        TreeItem<DriftRow> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void chosen(DriftRow row) {
        buttons(row);
        if (row == null) return;
        if (row.planned()) {
            canvas.extraCards().select(null);
            canvas.reveal(row.server());
        } else {
            document.selection().clear();
            canvas.revealExtra(row.server());
        }
    }

    private void buttons(DriftRow row) {
        take.setDisable(takeEdit(row) == null);
        adopt.setDisable(adoptEdit(row) == null);
        keep.setDisable(row == null || row.isServer());
    }

    private Command takeEdit(DriftRow row) {
        return row == null || row.isServer() ? null : comparison.takeDeployed(row.difference(), document.edits());
    }

    private Command adoptEdit(DriftRow row) {
        if (row == null || row.planned()) return null;
        Difference d = row.group().differences().get(0);
        Position at = canvas.extraCards().centreOf(row.server());
        return at == null ? null : comparison.adopt(d, at, document.edits());
    }

    private void execute(Command edit) {
        if (edit != null) document.execute(edit);
    }

    private void keepPlan() {
        DriftRow row = selected();
        if (row == null || row.isServer()) return;
        comparison.keepPlan(row.difference());
        refresh();
    }

    /** The differences shown, grouped by server in rollout order (for tests). */
    List<Difference> shown() { return shown; }

    /** Chooses the row of {@code d} as a user's click does (for tests). */
    void choose(Difference d) {
        table.getSelectionModel().clearSelection();
        for (TreeItem<DriftRow> server : root.getChildren()) {
            for (TreeItem<DriftRow> item : server.getChildren()) {
                if (item.getValue().difference() == d) table.getSelectionModel().select(item);
            }
        }
    }

    private static TreeTableColumn<DriftRow, String> column(String title, Function<DriftRow, String> text, double width) {
        TreeTableColumn<DriftRow, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : text.apply(cell.getValue().getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The first column's cell: the kind of drift as the icon, the text, and a tooltip naming the setting and its path. */
    private static final class RowCell extends TreeTableCell<DriftRow, String> {
        @Override protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            DriftRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                getStyleClass().remove("drift-server-row");
                return;
            }
            setText(text);
            setGraphic(DriftBadge.of(row.kind()));
            setTooltip(new Tooltip(row.tooltip()));
            if (row.isServer() && !getStyleClass().contains("drift-server-row")) getStyleClass().add("drift-server-row");
            if (!row.isServer()) getStyleClass().remove("drift-server-row");
        }
    }
}
