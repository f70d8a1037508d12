package net.wsustopology.ui.shell;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import net.wsustopology.ui.canvas.ServerKind;

/**
 * The server kinds to drag onto the canvas (empty space: a new server; a card: its downstream),
 * as small chips in the toolbar, so the canvas keeps the window's width.
 */
public final class AddServerChips extends HBox {
    private static final String HINT = "Drag onto the canvas: onto empty space for a new server, "
            + "or onto a server to add its downstream.";

    public AddServerChips() {
        getStyleClass().add("palette");
        Label title = new Label("Add:");
        title.getStyleClass().add("palette-title");
        getChildren().add(title);
        for (ServerKind kind : ServerKind.values()) getChildren().add(item(kind));
    }

    private static Label item(ServerKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        Label item = new Label(kind.shortTitle());
        item.getStyleClass().addAll("palette-item", "palette-" + name);
        item.setId("palette-" + name);
        item.setTooltip(new Tooltip(kind.title() + ". " + HINT));
        item.setOnDragDetected(e -> {
            Dragboard board = item.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(ServerKind.FORMAT, kind.name());
            content.putString(kind.title());
            board.setContent(content);
            e.consume();
        });
        return item;
    }
}
