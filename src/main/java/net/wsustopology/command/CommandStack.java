package net.wsustopology.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo/redo history of one document. Dirty means the command at the top is not the one that
 * was on top when the plan was last saved (so undoing back to the save point is clean again).
 */
public final class CommandStack {
    private final List<Command> done = new ArrayList<>();
    private final List<Command> undone = new ArrayList<>();
    private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
    private Command savedTop;
    private boolean savedPointLost;

    public void addListener(CommandStackListener l) { listeners.add(l); }
    public void removeListener(CommandStackListener l) { listeners.remove(l); }

    /** Executes {@code command} and records it as one undo step. */
    public void execute(Command command) {
        command.execute();
        done.add(command);
        if (!undone.isEmpty()) {
            if (undone.contains(savedTop)) savedPointLost = true;
            undone.clear();
        }
        fire();
    }

    public boolean canUndo() { return !done.isEmpty(); }
    public boolean canRedo() { return !undone.isEmpty(); }

    public String undoLabel() { return canUndo() ? top().label() : ""; }
    public String redoLabel() { return canRedo() ? undone.get(undone.size() - 1).label() : ""; }

    public void undo() {
        if (!canUndo()) return;
        Command c = done.remove(done.size() - 1);
        c.undo();
        undone.add(c);
        fire();
    }

    public void redo() {
        if (!canRedo()) return;
        Command c = undone.remove(undone.size() - 1);
        c.execute();
        done.add(c);
        fire();
    }

    public void markSaved() {
        savedTop = top();
        savedPointLost = false;
        fire();
    }

    public boolean isDirty() { return savedPointLost || top() != savedTop; }

    public int undoSize() { return done.size(); }

    public void clear() {
        done.clear();
        undone.clear();
        savedTop = null;
        savedPointLost = false;
        fire();
    }

    private Command top() { return done.isEmpty() ? null : done.get(done.size() - 1); }

    private void fire() { for (CommandStackListener l : listeners) l.stackChanged(this); }
}
