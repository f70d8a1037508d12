package net.wsustopology.ui.insight;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import net.wsustopology.insight.TreeRow;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.NameWidths;

/** The server's name indented by its depth in the tree; detached servers (loop, dangling) marked. */
final class TreeNameCell<T> extends TableCell<T, Server> {
    private static final double INDENT = 16;
    private final Function<Server, TreeRow> rowOf;

    TreeNameCell(Function<Server, TreeRow> rowOf) {
        this.rowOf = rowOf;
        getStyleClass().add("tree-name-cell");
    }

    /** A width for the column that shows every name of {@code rows} whole at its indent, from {@code min} up to {@code max}. */
    static double fittingWidth(List<TreeRow> rows, double min, double max) {
        double names = NameWidths.widest(rows, row -> row.server().label(), row -> 8 + row.depth() * INDENT + 16);
        return Math.min(max, Math.max(min, names));
    }

    @Override protected void updateItem(Server server, boolean empty) {
        super.updateItem(server, empty);
        getStyleClass().removeAll("detached", "replica", "root");
        if (empty || server == null) {
            setText(null);
            return;
        }
        TreeRow row = rowOf.apply(server);
        int depth = row == null ? 0 : row.depth();
        setPadding(new Insets(0, 4, 0, 4 + depth * INDENT));
        setText(server.label());
        if (row != null && row.detached()) getStyleClass().add("detached");
        if (server.isSyncFromUpstream() && server.isReplica()) getStyleClass().add("replica");
        if (!server.isSyncFromUpstream()) getStyleClass().add("root");
    }
}
