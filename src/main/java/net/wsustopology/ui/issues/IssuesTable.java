package net.wsustopology.ui.issues;

import java.text.Collator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import net.wsustopology.ui.common.SeverityIcon;
import net.wsustopology.validation.Severity;

/** The sortable table of issue rows; opening a row (click, Enter, arrow keys) is reported to {@code onOpen}. */
final class IssuesTable extends TableView<IssueRow> {
    private final TableColumn<IssueRow, Severity> severity = new TableColumn<>("Severity");
    private Function<IssueRow, List<MenuItem>> fixes = r -> List.of();
    /** Until the host gives the fixes, no row has one (and no reason to show). */
    private Function<IssueRow, Optional<String>> whyNone = r -> Optional.of("");

    IssuesTable(Label placeholder, Consumer<IssueRow> onOpen) {
        setId("issues-table");
        getStyleClass().add("issues-table");
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().finding().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        severity.setPrefWidth(100);
        severity.setMinWidth(90);
        TableColumn<IssueRow, String> rule = textColumn("Rule", r -> r.finding().ruleId(), 75);
        TableColumn<IssueRow, String> server = textColumn("Server", IssueRow::serverLabel, 150);
        server.setComparator(Collator.getInstance()::compare);
        TableColumn<IssueRow, String> message = textColumn("Message", r -> r.finding().message(), 500);
        message.setCellFactory(c -> new MessageCell());
        getColumns().add(severity);
        getColumns().add(rule);
        getColumns().add(server);
        getColumns().add(message);
        TableColumn<IssueRow, IssueRow> fix = new TableColumn<>("Fix");
        fix.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fix.setCellFactory(c -> new FixCell());
        fix.setSortable(false);
        fix.setPrefWidth(70);
        fix.setMinWidth(70);
        fix.setMaxWidth(70);
        getColumns().add(1, fix);
        getSortOrder().add(severity);

        setRowFactory(t -> {
            TableRow<IssueRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) onOpen.accept(row.getItem());
            });
            row.setOnContextMenuRequested(e -> {
                if (row.isEmpty()) return;
                List<MenuItem> items = fixes.apply(row.getItem());
                if (items.isEmpty()) items = whyNone.apply(row.getItem()).map(IssuesTable::reasonItem).stream().toList();
                if (items.isEmpty()) return;
                ContextMenu menu = new ContextMenu();
                menu.setId("issue-fix-menu");
                menu.getItems().setAll(items);
                menu.show(row, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            return row;
        });
        setOnKeyReleased(e -> {
            KeyCode code = e.getCode();
            boolean moves = code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.PAGE_UP
                    || code == KeyCode.PAGE_DOWN || code == KeyCode.HOME || code == KeyCode.END || code == KeyCode.ENTER;
            IssueRow selected = getSelectionModel().getSelectedItem();
            if (moves && selected != null) onOpen.accept(selected);
        });
    }

    /** The quick fixes a row's context menu offers (none until the host gives them). */
    void useFixes(Function<IssueRow, List<MenuItem>> fixes, Function<IssueRow, Optional<String>> whyNone) {
        this.fixes = fixes;
        this.whyNone = whyNone;
        refresh();
    }

    private static MenuItem reasonItem(String reason) {
        MenuItem item = new MenuItem(reason);
        item.setDisable(true);
        item.getStyleClass().add("no-fix-item");
        return item;
    }

    private static TableColumn<IssueRow, String> textColumn(String title, Function<IssueRow, String> value, double width) {
        TableColumn<IssueRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A "Fix" menu button on the rows whose finding has quick fixes; "No fix" with its reason on the others. */
    private final class FixCell extends TableCell<IssueRow, IssueRow> {
        private final MenuButton button = new MenuButton("Fix");
        private final Label none = new Label("No fix");
        private final Tooltip reason = new Tooltip();

        FixCell() {
            none.getStyleClass().add("no-fix");
            reason.setWrapText(true);
            reason.setMaxWidth(420);
            reason.setShowDelay(Duration.millis(300));
            none.setTooltip(reason);
            button.getStyleClass().add("fix-button");
            button.setOnShowing(e -> {
                if (getItem() != null) button.getItems().setAll(fixes.apply(getItem()));
            });
        }

        @Override protected void updateItem(IssueRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                // one look at the finding's fixes per row: no reason means it has some
                Optional<String> why = whyNone.apply(item);
                if (why.isEmpty()) {
                    setGraphic(button);
                } else {
                    reason.setText(why.get());
                    setGraphic(why.get().isEmpty() ? null : none);
                }
            }
        }
    }

    private static final class SeverityCell extends TableCell<IssueRow, Severity> {
        @Override protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(SeverityIcon.title(item));
                setGraphic(SeverityIcon.of(item));
            }
        }
    }

    /** The message, cut to the column, with the whole text in a tooltip. */
    private static final class MessageCell extends TableCell<IssueRow, String> {
        private final Tooltip tooltip = new Tooltip();

        MessageCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setShowDuration(Duration.seconds(30));
        }

        @Override protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tooltip.setText(item);
            setTooltip(empty || item == null ? null : tooltip);
        }
    }
}
