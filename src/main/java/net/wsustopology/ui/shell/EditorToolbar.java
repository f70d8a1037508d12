package net.wsustopology.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.common.StatusMessages;

/**
 * Undo/redo, zoom, tidy, the palette's server kinds, the issues dock toggle and the search box
 * ("find by name or site", Enter finds the next match).
 */
public final class EditorToolbar extends ToolBar {
    private final Document document;
    private final TopologyCanvas canvas;
    private final StatusMessages messages;
    private final TextField search = new TextField();

    EditorToolbar(Document document, TopologyCanvas canvas, EditorActions actions, StatusMessages messages,
                  BooleanProperty dockExpanded) {
        this.document = document;
        this.canvas = canvas;
        this.messages = messages;
        getStyleClass().add("editor-toolbar");
        Button undo = button("Undo", "Undo the last edit", actions::undo);
        Button redo = button("Redo", "Redo", actions::redo);
        document.commands().addListener(stack -> {
            undo.setDisable(!stack.canUndo());
            redo.setDisable(!stack.canRedo());
            undo.getTooltip().setText(stack.canUndo() ? "Undo " + stack.undoLabel() : "Nothing to undo");
            redo.getTooltip().setText(stack.canRedo() ? "Redo " + stack.redoLabel() : "Nothing to redo");
        });
        undo.setDisable(true);
        redo.setDisable(true);
        search.setId("search");
        search.setPromptText("Find server or site");
        search.getStyleClass().add("search-box");
        search.setPrefColumnCount(18);
        search.setOnAction(e -> findNext());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button actualSize = button("100 %", "The current zoom; click for actual size (100 %)", canvas::zoomToActualSize);
        actualSize.setMinWidth(Region.USE_PREF_SIZE);
        actualSize.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoom() * 100) + " %", canvas.zoomProperty()));
        getItems().addAll(undo, redo, new Separator(),
                button("−", "Zoom out", canvas::zoomOut),
                actualSize,
                button("+", "Zoom in", canvas::zoomIn),
                button("Fit", "Fit the plan to the window", canvas::zoomToFit),
                new Separator(),
                button("Tidy tree", "Arrange the servers as a tree (undoable)", actions::tidyTree),
                new Separator(),
                new AddServerChips(),
                spring,
                toggle("Issues", "Show or collapse the issues and insights below the canvas (Ctrl+J)", dockExpanded),
                search);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ToggleButton toggle(String text, String tip, BooleanProperty state) {
        ToggleButton b = new ToggleButton(text);
        b.setId("toggle-" + text.toLowerCase(Locale.ROOT));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(state);
        return b;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Selects and scrolls to the next server whose name or site contains the typed text. */
    void findNext() {
        String query = search.getText();
        if (query == null || query.isBlank()) return;
        Server current = document.selection().single();
        Server match = ServerSearch.next(document.topology(), query, current);
        if (match == null) {
            messages.show("No server name or site contains \"" + query.trim() + "\"");
            return;
        }
        canvas.reveal(match);
        messages.show("Found " + match.label());
    }
}
