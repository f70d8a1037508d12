package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.wsustopology.command.Command;
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

    /** Adds an edit that {@link Edits} built (nothing when it would change nothing). */
    Labelled with(Optional<Command> edit) {
        edit.ifPresent(parts::add);
        return this;
    }

    Command build() { return Edits.together(label, parts); }
}
