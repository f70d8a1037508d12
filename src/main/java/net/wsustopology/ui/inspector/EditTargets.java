package net.wsustopology.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import net.wsustopology.command.Command;
import net.wsustopology.command.CompositeCommand;
import net.wsustopology.command.Edits;
import net.wsustopology.command.SetValueCommand;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;

/**
 * The servers the inspector edits (the selection when it was shown) and the way every edit
 * reaches them: one command for all of them, executed through the document.
 */
final class EditTargets {
    private final Document document;
    private List<Server> servers = List.of();

    EditTargets(Document document) { this.document = document; }

    Document document() { return document; }

    void set(List<Server> selected) { servers = List.copyOf(selected); }

    List<Server> servers() { return servers; }

    boolean isEmpty() { return servers.isEmpty(); }

    boolean isMultiple() { return servers.size() > 1; }

    /** The value all targets share, or null when they differ (or nothing is selected). */
    <T> T shared(Function<Server, T> value) {
        if (servers.isEmpty()) return null;
        T first = value.apply(servers.get(0));
        for (Server s : servers) if (!Objects.equals(first, value.apply(s))) return null;
        return first;
    }

    /** Sets one property of every target that differs, as one undo step. */
    <T> void set(Function<Server, Property<T>> property, T value, String what) {
        List<Server> changing = new ArrayList<>();
        for (Server s : servers) if (!Objects.equals(property.apply(s).getValue(), value)) changing.add(s);
        if (!changing.isEmpty()) document.execute(document.edits().set(changing, property, value, what));
    }

    /** Sets an int property (whose JavaFX type is a Property of Number) of every target, as one step. */
    void setInt(Function<Server, IntegerProperty> property, int value, String what) {
        Number boxed = value;
        this.<Number>set(s -> property.apply(s), boxed, what);
    }

    /** Replaces a record-valued property of every target by {@code change} of its own value, as one step. */
    <T> void update(Function<Server, Property<T>> property, UnaryOperator<T> change, String what) {
        List<Command> parts = new ArrayList<>();
        List<Server> changed = new ArrayList<>();
        for (Server s : servers) {
            Property<T> p = property.apply(s);
            T next = change.apply(p.getValue());
            if (!Objects.equals(next, p.getValue())) {
                parts.add(new SetValueCommand<>(p, next, ""));
                changed.add(s);
            }
        }
        if (!parts.isEmpty()) document.execute(new CompositeCommand(label(what, changed), parts));
    }

    /** Executes per-server commands as one step; does nothing when there are none. */
    void executeAll(List<Command> parts, String what, List<Server> changed) {
        if (parts.isEmpty()) return;
        document.execute(parts.size() == 1 ? parts.get(0) : new CompositeCommand(label(what, changed), parts));
    }

    static String label(String what, List<Server> changed) {
        return changed.size() == 1 ? "Set " + what + " of " + changed.get(0).label()
                : "Set " + what + " of " + Edits.plural(changed.size(), "server");
    }
}
