package net.wsustopology.ui.insight;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import net.wsustopology.document.Selection;
import net.wsustopology.model.Server;

/**
 * Keeps a table's selected row on the server selected elsewhere (canvas, issues list) and
 * scrolls to it. While it moves the row, {@link #isMoving()} is true so the table's own
 * listener does not echo the selection back or reveal the server again.
 */
final class FollowSelection implements Consumer<Selection> {
    private final Selection selection;
    private final TableView<Server> table;
    private final Supplier<TableColumn<Server, ?>> column;
    private boolean moving;

    /** {@code column}: the cell to select in a cell-selection table, or null for row selection. */
    FollowSelection(Selection selection, TableView<Server> table, Supplier<TableColumn<Server, ?>> column) {
        this.selection = selection;
        this.table = table;
        this.column = column;
        selection.addListener(this);
    }

    boolean isMoving() { return moving; }

    void detach() { selection.removeListener(this); }

    @Override public void accept(Selection changed) {
        Server s = changed.single();
        if (s == null || s == table.getSelectionModel().getSelectedItem()) return;
        int index = table.getItems().indexOf(s);
        if (index < 0) return;
        moving = true;
        try {
            TableColumn<Server, ?> cellColumn = column == null ? null : column.get();
            if (cellColumn != null) table.getSelectionModel().clearAndSelect(index, cellColumn);
            else table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(index);
        } finally {
            moving = false;
        }
    }
}
