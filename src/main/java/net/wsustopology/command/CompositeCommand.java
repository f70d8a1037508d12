package net.wsustopology.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Several edits that undo as one step. */
public final class CompositeCommand implements Command {
    private final String label;
    private final List<Command> parts;

    public CompositeCommand(String label, List<? extends Command> parts) {
        this.label = label;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() { return parts; }

    @Override public void execute() { for (Command c : parts) c.execute(); }

    @Override public void undo() {
        List<Command> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (Command c : reversed) c.undo();
    }

    @Override public String label() { return label; }
}
