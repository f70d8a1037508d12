package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import net.wsustopology.command.Command;
import net.wsustopology.command.CompositeCommand;
import net.wsustopology.command.Edits;
import net.wsustopology.model.Server;

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

    <T> Labelled set(Server server, Function<Server, Property<T>> property, T value, String what) {
        return set(List.of(server), property, value, what);
    }

    <T> Labelled set(Collection<Server> servers, Function<Server, Property<T>> property, T value, String what) {
        parts.add(edits.set(servers, property, value, what));
        return this;
    }

    Labelled then(Command command) {
        parts.add(command);
        return this;
    }

    Command build() { return new CompositeCommand(label, parts); }
}
