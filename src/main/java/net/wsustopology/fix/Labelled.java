package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.wsustopology.command.Command;
import net.wsustopology.command.CompositeCommand;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;

/** Builds a fix's edit through {@link Edits} and gives it the fix's label for Edit > Undo. */
final class Labelled {
    private final Edits edits;
    private final String label;
    private final List<Command> parts = new ArrayList<>();

    private Labelled(Edits edits, String label) {
        this.edits = edits;
        this.label = label;
    }

    static Labelled edit(Edits edits, String label) { return new Labelled(edits, label); }

    <T> Labelled set(Server server, ServerProperty<T> property, T value) {
        return set(List.of(server), property, value);
    }

    <T> Labelled set(Collection<Server> servers, ServerProperty<T> property, T value) {
        edits.set(servers, property, value).ifPresent(parts::add);
        return this;
    }

    Labelled then(Command command) {
        parts.add(command);
        return this;
    }

    Command build() { return new CompositeCommand(label, parts); }
}
