package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/** The right-click menu of a card (add downstream or replica, make root, select subtree, delete, fold) or of empty space. */
final class CanvasContextMenu {
    private final TopologyCanvas canvas;
    private final TopologyView view;
    private final Document document;
    private final ContextMenu menu = new ContextMenu();
    private Function<Server, List<MenuItem>> fixes = s -> List.of();

    CanvasContextMenu(TopologyCanvas canvas, TopologyView view) {
        this.canvas = canvas;
        this.view = view;
        this.document = view.document();
        view.world().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::show);
    }

    void useFixes(Function<Server, List<MenuItem>> fixes) { this.fixes = fixes; }

    private void show(ContextMenuEvent e) {
        ServerNode hit = view.nodeAt(e.getX(), e.getY(), Set.of());
        Server s = hit != null ? hit.server() : view.summary().titleAt(e.getX(), e.getY());
        Server groupAbove = s == null ? view.summary().groupAt(e.getX(), e.getY()) : null;
        menu.getItems().setAll(s != null ? serverItems(s) : groupAbove != null ? List.of(groupItem(groupAbove))
                : emptySpaceItems(e.getX(), e.getY()));
        menu.show(view.world(), e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private List<MenuItem> emptySpaceItems(double x, double y) {
        return List.of(item("Add root server here", () -> add(ServerKind.ROOT, null, canvas.newPlaces().near(new Position(x, y)))));
    }

    private List<MenuItem> serverItems(Server s) {
        boolean collapsed = view.collapse().isCollapsed(s);
        boolean hasDownstreams = document.topology().downstreamCount(s) > 0;
        MenuItem makeRoot = item("Make root", () -> document.execute(document.edits().makeRoot(s)));
        makeRoot.setDisable(!s.isSyncFromUpstream() && !s.isReplica());
        MenuItem fold = item(collapsed ? "Expand subtree" : "Collapse subtree", () -> canvas.setCollapsed(s, !collapsed));
        fold.setDisable(!collapsed && !hasDownstreams);
        int count = document.selection().contains(s) ? document.selection().size() : 1;
        MenuItem delete = item(count > 1 ? "Delete " + count + " servers" : "Delete", () -> delete(s));
        List<MenuItem> items = new ArrayList<>();
        List<MenuItem> quickFixes = fixes.apply(s);
        if (!quickFixes.isEmpty()) {
            Menu fix = new Menu("Quick Fix");
            fix.setId("card-quick-fix");
            fix.getItems().setAll(quickFixes);
            items.add(fix);
            items.add(new SeparatorMenuItem());
        }
        items.addAll(List.of(
                item("Add downstream", () -> addBelow(ServerKind.DOWNSTREAM, s)),
                item("Add replica", () -> addBelow(ServerKind.REPLICA, s)),
                item("Paste as downstream", () -> canvas.pasteAsDownstream(s)),
                makeRoot,
                new SeparatorMenuItem(),
                item("Select subtree", () -> document.selection().set(document.topology().subtree(s))),
                fold));
        if (view.summary().groups().under(s) != null) items.add(groupItem(s));
        items.addAll(List.of(new SeparatorMenuItem(), delete));
        return items;
    }

    /** Opens or folds the group of {@code upstream}'s leaf downstreams, whatever the zoom says. */
    private MenuItem groupItem(Server upstream) {
        boolean folded = view.summary().isFolded(upstream);
        int count = view.summary().groups().under(upstream).members().size();
        MenuItem item = item(folded ? "Open group of " + count + " servers" : "Fold " + count + " servers into a group",
                () -> canvas.setGroupOpen(upstream, folded));
        item.setId("card-group");
        return item;
    }

    private void addBelow(ServerKind kind, Server upstream) {
        add(kind, upstream, canvas.newPlaces().under(upstream));
    }

    private void add(ServerKind kind, Server upstream, Position at) {
        document.execute(NewServers.add(document, kind, upstream, at));
        Server added = document.topology().servers().get(document.topology().size() - 1);
        canvas.reveal(added);
    }

    private void delete(Server s) {
        List<Server> victims = document.selection().contains(s) ? document.selection().asList() : List.of(s);
        document.execute(document.edits().delete(victims));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
