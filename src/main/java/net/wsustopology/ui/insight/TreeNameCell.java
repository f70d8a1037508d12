package net.wsustopology.ui.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import net.wsustopology.insight.TreeRow;
import net.wsustopology.model.Server;

/** The server's name indented by its depth in the tree; detached servers (loop, dangling) marked. */
final class TreeNameCell<T> extends TableCell<T, Server> {
    private static final double INDENT = 16;
    private final Function<Server, TreeRow> rowOf;

    TreeNameCell(Function<Server, TreeRow> rowOf) {
        this.rowOf = rowOf;
        getStyleClass().add("tree-name-cell");
    }

    /**
     * A width for the column that shows every name of {@code rows} whole at its indent, from
     * {@code min} up to {@code max}. Only the few longest-looking names are measured, so a plan of
     * 100,000 servers costs no more than a small one.
     */
    static double fittingWidth(List<TreeRow> rows, double min, double max) {
        List<TreeRow> longest = new ArrayList<>(rows);
        longest.sort(Comparator.comparingDouble((TreeRow r) -> roughWidth(r)).reversed());
        Text probe = new Text();
        probe.setFont(Font.getDefault());
        double width = min;
        for (TreeRow row : longest.subList(0, Math.min(12, longest.size()))) {
            probe.setText(row.server().label());
            width = Math.max(width, probe.getLayoutBounds().getWidth() + 8 + row.depth() * INDENT + 16);
        }
        return Math.min(max, Math.ceil(width));
    }

    private static double roughWidth(TreeRow row) { return row.server().label().length() * 7.5 + row.depth() * INDENT; }

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
