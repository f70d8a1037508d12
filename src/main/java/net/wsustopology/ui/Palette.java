package net.wsustopology.ui;

import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import net.wsustopology.ui.canvas.ServerKind;

/** The left column: server kinds to drag onto the canvas (empty space: a new server; a card: its downstream). */
public final class Palette extends VBox {
    public Palette() {
        getStyleClass().add("palette");
        Label title = new Label("Add server");
        title.getStyleClass().add("palette-title");
        getChildren().add(title);
        for (ServerKind kind : ServerKind.values()) getChildren().add(item(kind));
        Label hint = new Label("Drag onto empty space for a new server, or onto a server to add its downstream.");
        hint.getStyleClass().add("palette-hint");
        hint.setWrapText(true);
        getChildren().add(hint);
    }

    private static Label item(ServerKind kind) {
        Label item = new Label(kind.title());
        item.getStyleClass().addAll("palette-item", "palette-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        item.setId("palette-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        item.setMaxWidth(Double.MAX_VALUE);
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
