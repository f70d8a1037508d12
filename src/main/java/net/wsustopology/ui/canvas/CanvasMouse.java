package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * Mouse gestures on the canvas: click and Ctrl-click select, dragging cards moves them (one
 * undo step at release) or, dropped onto another card, connects them to it; dragging empty
 * space draws a selection rectangle; the middle button or Space + drag pans.
 */
final class CanvasMouse {
    private static final double DRAG_THRESHOLD = 3;

    private enum Mode { NONE, PAN, MOVE, RUBBER_BAND }

    private final TopologyCanvas canvas;
    private final TopologyView view;
    private final Document document;
    private final Rectangle band = new Rectangle();
    private Mode mode = Mode.NONE;
    private boolean spaceDown;
    private boolean dragged;
    private double pressX, pressY, lastScreenX, lastScreenY;
    private final Map<Server, Position> dragStart = new LinkedHashMap<>();
    private ServerNode dropTarget;
    private Server pressedAlone;

    CanvasMouse(TopologyCanvas canvas, TopologyView view) {
        this.canvas = canvas;
        this.view = view;
        this.document = view.document();
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setMouseTransparent(true);
        view.overlay().getChildren().add(band);
        view.world().addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.world().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.world().addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        canvas.addEventFilter(KeyEvent.KEY_RELEASED, this::key);
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE) return;
        spaceDown = e.getEventType() == KeyEvent.KEY_PRESSED;
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : null);
        e.consume();
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastScreenX = e.getScreenX();
        lastScreenY = e.getScreenY();
        dragged = false;
        pressedAlone = null;
        if (e.getButton() == MouseButton.MIDDLE || (spaceDown && e.getButton() == MouseButton.PRIMARY)) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        ServerNode node = view.nodeAt(pressX, pressY, Set.of());
        Server hit = node != null ? node.server() : view.summary().titleAt(pressX, pressY);
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit != null && !document.selection().contains(hit)) document.selection().select(hit);
            mode = Mode.NONE;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (hit == null) {
            if (!e.isShortcutDown() && !e.isShiftDown()) document.selection().clear();
            mode = Mode.RUBBER_BAND;
        } else {
            Server s = hit;
            if (e.isShortcutDown() || e.isShiftDown()) document.selection().toggle(s);
            else if (!document.selection().contains(s)) document.selection().select(s);
            else pressedAlone = s;
            startMove();
        }
        e.consume();
    }

    private void startMove() {
        dragStart.clear();
        for (Server s : document.selection().asList()) {
            if (!view.isHidden(s)) dragStart.put(s, view.drawnAt(s));
        }
        mode = dragStart.isEmpty() ? Mode.NONE : Mode.MOVE;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(e.getScreenX() - lastScreenX, e.getScreenY() - lastScreenY) < DRAG_THRESHOLD && mode != Mode.PAN) return;
        dragged = true;
        switch (mode) {
            case PAN -> {
                canvas.scrollBy(lastScreenX - e.getScreenX(), lastScreenY - e.getScreenY());
                lastScreenX = e.getScreenX();
                lastScreenY = e.getScreenY();
            }
            case MOVE -> moveCards(dx, dy, e.getX(), e.getY());
            case RUBBER_BAND -> {
                band.setX(Math.min(pressX, e.getX()));
                band.setY(Math.min(pressY, e.getY()));
                band.setWidth(Math.abs(dx));
                band.setHeight(Math.abs(dy));
                band.setVisible(true);
            }
            default -> { }
        }
        e.consume();
    }

    private void moveCards(double dx, double dy, double pointerX, double pointerY) {
        double minDx = dx, minDy = dy;
        for (Position p : dragStart.values()) {
            minDx = Math.max(minDx, ServerNode.WIDTH / 2 - p.x());
            minDy = Math.max(minDy, ServerNode.HEIGHT / 2 - p.y());
        }
        for (Map.Entry<Server, Position> en : dragStart.entrySet()) {
            view.previewMove(en.getKey(), en.getValue().x() + minDx, en.getValue().y() + minDy);
        }
        ServerNode target = view.nodeAt(pointerX, pointerY, dragStart.keySet());
        if (target != dropTarget) {
            if (dropTarget != null) dropTarget.setDropTarget(false);
            dropTarget = target;
            if (target != null) target.setDropTarget(true);
        }
    }

    private void released(MouseEvent e) {
        Mode finished = mode;
        mode = Mode.NONE;
        if (finished == Mode.PAN) canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : null);
        if (finished == Mode.RUBBER_BAND && dragged) selectInBand(e.isShortcutDown() || e.isShiftDown());
        if (finished == Mode.MOVE && dragged) finishMove();
        // a plain click on a card of a multi-selection narrows the selection to it; a drag moves them all
        if (finished == Mode.MOVE && !dragged && pressedAlone != null) document.selection().select(pressedAlone);
        band.setVisible(false);
        if (dropTarget != null) dropTarget.setDropTarget(false);
        dropTarget = null;
        dragStart.clear();
        e.consume();
    }

    private void finishMove() {
        if (dropTarget != null) {
            for (Server s : dragStart.keySet()) view.snapBack(s);
            connectTo(dropTarget.server());
            return;
        }
        Map<Server, Position> targets = new LinkedHashMap<>();
        for (Server s : dragStart.keySet()) targets.put(s, view.drawnAt(s));
        document.execute(document.edits().move(targets));
    }

    /** Makes the dragged servers (the top ones of the dragged set) sync from {@code upstream}. */
    private void connectTo(Server upstream) {
        List<Server> tops = new ArrayList<>();
        for (Server s : dragStart.keySet()) {
            Server up = document.topology().upstreamOf(s);
            if (up == null || !dragStart.containsKey(up) || !s.isSyncFromUpstream()) tops.add(s);
        }
        for (Server s : tops) {
            if (!document.edits().canReparent(s, upstream)) {
                canvas.message("Cannot connect " + s.label() + " to " + upstream.label()
                        + ": " + upstream.label() + " already syncs from it, so that would make a loop.");
                return;
            }
        }
        tops.removeIf(s -> s.isSyncFromUpstream() && upstream.id().equals(s.getUpstreamId()));
        if (tops.isEmpty()) return;
        canvas.message(tops.size() == 1 ? "Connected " + tops.get(0).label() + " to " + upstream.label()
                : "Connected " + tops.size() + " servers to " + upstream.label());
        document.execute(document.edits().reparentAll(tops, upstream));
    }

    private void selectInBand(boolean add) {
        double x0 = band.getX(), y0 = band.getY(), x1 = x0 + band.getWidth(), y1 = y0 + band.getHeight();
        List<Server> ordered = new ArrayList<>();
        for (Server s : document.topology().servers()) {
            Position p = view.drawnAt(s);
            boolean overlaps = p.x() + ServerNode.WIDTH / 2 >= x0 && p.x() - ServerNode.WIDTH / 2 <= x1
                    && p.y() + ServerNode.HEIGHT / 2 >= y0 && p.y() - ServerNode.HEIGHT / 2 <= y1;
            if (overlaps && !view.isHidden(s)) ordered.add(s);
        }
        if (add) document.selection().add(ordered);
        else document.selection().set(ordered);
    }
}
