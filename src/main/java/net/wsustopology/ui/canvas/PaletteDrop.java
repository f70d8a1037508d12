package net.wsustopology.ui.canvas;

import java.util.Set;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * Accepts palette items dropped on the canvas: on empty space a new server appears at the nearest
 * free place; on a card the new server becomes that server's downstream (a replica one for
 * "Replica server") and joins the block of its other downstreams.
 */
final class PaletteDrop {
    private final TopologyCanvas canvas;
    private final TopologyView view;
    private ServerNode highlighted;

    PaletteDrop(TopologyCanvas canvas, TopologyView view) {
        this.canvas = canvas;
        this.view = view;
        view.world().setOnDragOver(this::over);
        view.world().setOnDragExited(e -> highlight(null));
        view.world().setOnDragDropped(this::dropped);
    }

    private static ServerKind kindOf(DragEvent e) {
        Object kind = e.getDragboard().getContent(ServerKind.FORMAT);
        if (kind == null) return null;
        try {
            return ServerKind.valueOf(kind.toString());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private void over(DragEvent e) {
        ServerKind kind = kindOf(e);
        if (kind == null) return;
        e.acceptTransferModes(TransferMode.COPY);
        highlight(kind == ServerKind.ROOT ? null : view.nodeAt(e.getX(), e.getY(), Set.of()));
        e.consume();
    }

    private void dropped(DragEvent e) {
        ServerKind kind = kindOf(e);
        highlight(null);
        if (kind == null) return;
        ServerNode target = kind == ServerKind.ROOT ? null : view.nodeAt(e.getX(), e.getY(), Set.of());
        Document document = view.document();
        Server upstream = target == null ? null : target.server();
        Position at = upstream == null ? canvas.newPlaces().near(new Position(e.getX(), e.getY()))
                : canvas.newPlaces().under(upstream);
        document.execute(NewServers.add(document, kind, upstream, at));
        if (upstream == null && kind != ServerKind.ROOT) {
            canvas.message("Added a server that syncs from Microsoft Update; drag it onto a server to make it that server's downstream.");
        }
        Server added = document.topology().servers().get(document.topology().size() - 1);
        document.selection().select(added);
        e.setDropCompleted(true);
        e.consume();
    }

    private void highlight(ServerNode node) {
        if (node == highlighted) return;
        if (highlighted != null) highlighted.setDropTarget(false);
        highlighted = node;
        if (node != null) node.setDropTarget(true);
    }
}
