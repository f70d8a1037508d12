package net.wsustopology.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.wsustopology.model.Server;

/** The servers selected in the editor, in the order they were picked. */
public final class Selection {
    private final LinkedHashSet<Server> selected = new LinkedHashSet<>();
    private final List<Consumer<Selection>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<Selection> l) { listeners.add(l); }
    public void removeListener(Consumer<Selection> l) { listeners.remove(l); }

    public Set<Server> servers() { return Collections.unmodifiableSet(selected); }
    public List<Server> asList() { return new ArrayList<>(selected); }
    public boolean isEmpty() { return selected.isEmpty(); }
    public int size() { return selected.size(); }
    public boolean contains(Server s) { return selected.contains(s); }

    /** The one selected server, or null when none or several are selected. */
    public Server single() { return selected.size() == 1 ? selected.iterator().next() : null; }

    public void set(Collection<Server> servers) {
        if (selected.size() == servers.size() && selected.containsAll(servers)) return;
        selected.clear();
        selected.addAll(servers);
        fire();
    }

    public void select(Server s) { set(List.of(s)); }

    public void toggle(Server s) {
        if (!selected.remove(s)) selected.add(s);
        fire();
    }

    public void add(Collection<Server> servers) {
        if (selected.addAll(servers)) fire();
    }

    public void clear() {
        if (selected.isEmpty()) return;
        selected.clear();
        fire();
    }

    /** Drops servers that are no longer in the plan (after a delete or an undo of an add). */
    public void retain(Predicate<Server> stillThere) {
        if (selected.removeIf(s -> !stillThere.test(s))) fire();
    }

    private void fire() { for (Consumer<Selection> l : listeners) l.accept(this); }
}
