package net.wsustopology.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import net.wsustopology.command.Command;
import net.wsustopology.command.Edits;
import net.wsustopology.document.Document;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.common.FieldTyping;
import net.wsustopology.ui.common.StatusMessages;

/**
 * What the Edit and Arrange menus, the toolbar and the keyboard do to a plan. Clipboard keys
 * go to a focused text field first, so Ctrl+C in the inspector copies text, not servers.
 */
public final class EditorActions {
    private final Document document;
    private final TopologyCanvas canvas;
    private final StatusMessages messages;
    private Scene scene;

    public EditorActions(Document document, TopologyCanvas canvas, StatusMessages messages) {
        this.document = document;
        this.canvas = canvas;
        this.messages = messages;
    }

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    void attach(Scene scene) {
        this.scene = scene;
        // a text field handles Ctrl+Z itself; in a plan field without uncommitted typing it means the plan's undo
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TextInputControl text = focusedText();
            if (text == null || !FieldTyping.isPlanField(text) || FieldTyping.hasTyping(text)) return;
            if (UNDO.match(e)) {
                e.consume();
                undo();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                e.consume();
                redo();
            }
        });
    }

    /** The text field that has the keyboard: a field, or the editor of an editable spinner or combo box. */
    private TextInputControl focusedText() {
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner instanceof TextInputControl t) return t;
        if (owner instanceof Spinner<?> spinner && spinner.isEditable()) return spinner.getEditor();
        if (owner instanceof ComboBox<?> combo && combo.isEditable()) return combo.getEditor();
        return null;
    }

    public void undo() {
        TextInputControl text = focusedText();
        if (text != null && FieldTyping.hasTyping(text) && text.isUndoable()) {
            text.undo();
            return;
        }
        document.commands().undo();
    }

    public void redo() { document.commands().redo(); }

    public void copy() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.copy();
            return;
        }
        if (document.selection().isEmpty()) return;
        ServerClipboard.copy(inPlanOrder(document.selection().asList()), canvas::positionOf);
        messages.show("Copied " + plural(document.selection().size()));
    }

    public void cut() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.cut();
            return;
        }
        if (document.selection().isEmpty()) return;
        copy();
        document.execute(document.edits().delete(document.selection().asList()));
    }

    /** Pastes copies of the copied servers next to where they were, on the nearest free place. */
    public void paste() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.paste();
            return;
        }
        if (ServerClipboard.isEmpty()) return;
        List<Server> copies = ServerClipboard.copiesFor(document.topology(), ServerClipboard.contents(), 0);
        placeShifted(copies, canvas.newPlaces().shifted(centres(copies), ServerClipboard.PASTE_OFFSET, ServerClipboard.PASTE_OFFSET));
        document.execute(document.edits().addAll(copies));
        document.selection().set(copies);
    }

    /**
     * Edit > Paste as Downstream: copies of the copied servers under the one selected server, in
     * the block of its downstreams; copied downstreams of copied servers keep their upstream.
     */
    public void pasteAsDownstream() {
        Server upstream = document.selection().single();
        if (upstream == null) {
            messages.show("Select the one server the pasted servers should sync from");
            return;
        }
        pasteAsDownstreamOf(upstream);
    }

    /** Paste as Downstream of {@code upstream} (a card's context menu). */
    public void pasteAsDownstreamOf(Server upstream) {
        if (ServerClipboard.isEmpty()) {
            messages.show("Nothing to paste: copy servers first");
            return;
        }
        List<Server> copies = ServerClipboard.copiesFor(document.topology(), ServerClipboard.contents(), 0);
        placeShifted(copies, canvas.newPlaces().under(upstream, centres(copies)));
        document.execute(document.edits().addAllUnder(copies, upstream));
        document.selection().set(copies);
    }

    public void duplicate() {
        if (document.selection().isEmpty()) return;
        List<Server> originals = new ArrayList<>();
        for (Server s : inPlanOrder(document.selection().asList())) {
            Server snapshot = s.copyWithId(s.id());
            snapshot.setPosition(canvas.positionOf(s));
            originals.add(snapshot);
        }
        List<Server> copies = ServerClipboard.copiesFor(document.topology(), originals, 0);
        placeShifted(copies, canvas.newPlaces().shifted(centres(copies), ServerClipboard.PASTE_OFFSET, ServerClipboard.PASTE_OFFSET));
        document.execute(document.edits().addAll(copies, "Duplicate"));
        document.selection().set(copies);
    }

    private static List<Position> centres(List<Server> servers) {
        List<Position> centres = new ArrayList<>(servers.size());
        for (Server s : servers) centres.add(s.getPosition());
        return centres;
    }

    private static void placeShifted(List<Server> servers, List<Position> places) {
        for (int i = 0; i < servers.size(); i++) servers.get(i).setPosition(places.get(i));
    }

    public void delete() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.deleteNextChar();
            return;
        }
        if (document.selection().isEmpty()) return;
        document.execute(document.edits().delete(document.selection().asList()));
    }

    public void selectAll() {
        TextInputControl text = focusedText();
        if (text != null) {
            text.selectAll();
            return;
        }
        document.selection().set(document.topology().servers());
    }

    /** Arrange > Tidy tree: every unpinned server to its tree-layout place, as one undo step. */
    public void tidyTree() {
        LayoutResult layout = canvas.tidyLayout();
        Map<Server, Position> positions = new LinkedHashMap<>();
        for (Server s : document.topology().servers()) positions.put(s, layout.positions().get(s.id()));
        Optional<Command> tidy = document.edits().applyLayout(positions, "Tidy tree",
                canvas.moveMicrosoftUpdate(layout.microsoftUpdate()));
        if (tidy.isEmpty()) messages.show("The tree is already tidy");
        document.execute(tidy);
    }

    /** Arrange > Unpin all: lets Tidy tree move hand-placed servers again. */
    public void unpinAll() {
        Optional<Command> unpin = document.edits().unpinAll();
        if (unpin.isEmpty()) messages.show("No server is pinned");
        document.execute(unpin);
    }

    private List<Server> inPlanOrder(List<Server> servers) {
        List<Server> ordered = new ArrayList<>(servers);
        ordered.sort(Comparator.comparingInt(document.topology()::indexOf));
        return ordered;
    }

    private static String plural(int n) { return Edits.plural(n, "server"); }
}
