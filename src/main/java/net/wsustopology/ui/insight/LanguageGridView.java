package net.wsustopology.ui.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ReadOnlyObjectWrapper;
import net.wsustopology.document.Document;
import net.wsustopology.insight.LanguageCoverage;
import net.wsustopology.insight.TreeRow;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.Server;

/**
 * Language coverage grid: servers in tree order against the languages in use. Cells show
 * what each server downloads, flag LNG-01 (a downstream language its upstream lacks) in red
 * and languages no downstream uses in amber; a check box (or Space) toggles the language as
 * one undoable edit.
 */
public final class LanguageGridView extends Region {
    private final Document document;
    private final Consumer<Server> reveal;
    private final TableView<Server> table = new TableView<>();
    private final ComboBox<String> addColumn = new ComboBox<>();
    private final LiveRefresh live;
    /** Columns added by hand or toggled here stay even when no server uses them any more. */
    private final Set<String> stickyCodes = new LinkedHashSet<>();
    private final Map<Server, TreeRow> rowsByServer = new HashMap<>();
    private TableColumn<Server, Server> nameColumn;
    private LanguageCoverage coverage;
    private List<String> shownCodes = List.of();
    private boolean updating;
    private final FollowSelection follow;

    public LanguageGridView(Document document, Consumer<Server> reveal) {
        this.document = document;
        this.reveal = reveal;
        getStyleClass().addAll("insight-view", "language-grid");
        InsightStyles.attach(this);
        follow = new FollowSelection(document.selection(), table,
                () -> table.getColumns().isEmpty() ? null : table.getColumns().get(0));

        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No servers in this plan."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, server) -> {
            if (!updating && !follow.isMoving() && server != null) select(server);
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        addColumn.setPromptText("Add language column…");
        addColumn.setButtonCell(new CodeCell(addColumn.getPromptText()));
        addColumn.setCellFactory(list -> new CodeCell(null));
        addColumn.setOnAction(e -> {
            String code = addColumn.getValue();
            if (updating || code == null) return;
            stickyCodes.add(code);
            refresh();
        });

        Label title = new Label("Language coverage");
        title.getStyleClass().add("insight-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, title, spacer, InsightKeys.languageStates(), addColumn);
        toolbar.getStyleClass().add("insight-toolbar");

        BorderPane layout = new BorderPane(table);
        layout.setTop(toolbar);
        getChildren().add(layout);

        live = new LiveRefresh(document, Set.of(Server.NAME, Server.SYNC_FROM_UPSTREAM, Server.UPSTREAM_ID,
                Server.REPLICA, Server.LANGUAGES), false, this::refresh);
        refresh();
    }

    @Override protected void layoutChildren() {
        getChildren().get(0).resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override protected double computePrefWidth(double height) { return 720; }

    @Override protected double computePrefHeight(double width) { return 420; }

    public TableView<Server> table() { return table; }

    /** The "Add language column…" choice: every console code not shown yet. */
    public ComboBox<String> addColumnChoice() { return addColumn; }

    /** The codes shown as columns, in order. */
    public List<String> columns() { return shownCodes; }

    /** Stops listening to the document (when the view is closed for good). */
    public void dispose() {
        live.detach();
        follow.detach();
    }

    /** Toggles one language on one server as an undoable edit; ignored where the grid cannot edit. */
    public void toggle(Server server, String code) {
        if (!LanguageCoverage.isEditable(server)) return;
        stickyCodes.add(code);
        document.execute(document.edits().setLanguages(server, LanguageCoverage.toggled(server, code),
                "Toggle " + LanguageCatalog.displayName(code) + " on " + server.label()));
    }

    private void select(Server server) {
        document.selection().select(server);
        reveal.accept(server);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE) return;
        TablePosition<Server, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null) return;
        Object code = focused.getTableColumn().getUserData();
        if (code instanceof String c) {
            toggle(table.getItems().get(focused.getRow()), c);
            e.consume();
        }
    }

    void refresh() {
        coverage = LanguageCoverage.of(document.topology());
        rowsByServer.clear();
        List<Server> order = new ArrayList<>(coverage.rows().size());
        for (TreeRow row : coverage.rows()) {
            rowsByServer.put(row.server(), row);
            order.add(row.server());
        }
        updating = true;
        try {
            List<String> codes = coverage.columns(stickyCodes);
            if (!codes.equals(shownCodes)) rebuildColumns(codes);
            else nameColumn.setPrefWidth(TreeNameCell.fittingWidth(coverage.rows(), 200, 480));
            if (order.equals(table.getItems())) table.refresh();
            else table.getItems().setAll(order);
        } finally {
            updating = false;
        }
        follow.accept(document.selection());
        List<String> addable = new ArrayList<>(LanguageCatalog.codes());
        addable.removeAll(shownCodes);
        if (!addable.equals(addColumn.getItems())) {
            updating = true;
            try {
                addColumn.getSelectionModel().clearSelection();
                addColumn.setValue(null);
                addColumn.getItems().setAll(addable);
            } finally {
                updating = false;
            }
        }
    }

    private void rebuildColumns(List<String> codes) {
        shownCodes = codes;
        List<TableColumn<Server, ?>> columns = new ArrayList<>();
        TableColumn<Server, Server> name = new TableColumn<>("Server");
        nameColumn = name;
        name.setPrefWidth(TreeNameCell.fittingWidth(coverage.rows(), 200, 480));
        name.setSortable(false);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new TreeNameCell<>(rowsByServer::get));
        columns.add(name);
        for (String code : codes) {
            TableColumn<Server, Server> column = new TableColumn<>(code);
            column.setUserData(code);
            column.setSortable(false);
            column.setReorderable(false);
            column.setPrefWidth(56);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new LanguageCell(code, () -> coverage, this::toggle));
            Label header = new Label(code);
            header.setTooltip(new Tooltip(LanguageCatalog.displayName(code)));
            column.setGraphic(header);
            column.setText(null);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
    }

    /** Shows "de  German" in the add-column choice; the button shows the prompt when nothing is picked. */
    private static final class CodeCell extends ListCell<String> {
        private final String prompt;

        CodeCell(String prompt) { this.prompt = prompt; }

        @Override protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? prompt : code + "  " + LanguageCatalog.displayName(code));
        }
    }
}
