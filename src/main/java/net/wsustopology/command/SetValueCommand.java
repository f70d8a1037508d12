package net.wsustopology.command;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;

/**
 * Sets one value: a described property of a server, or one of the plan's own settings (through
 * {@link Edits}). The value it undoes to is the one held when the command first ran, not when it was
 * built, so commands built together may touch the same value. Consecutive sets of the same value
 * with the same merge key (one field being typed in) merge into one step that undoes to the value
 * before the first.
 */
public final class SetValueCommand<T> implements Command {
    /** What is set, compared by identity with {@link #name} to decide whether two sets may merge. */
    private final Object owner;
    private final String name;
    private final Supplier<T> getter;
    private final Consumer<T> setter;
    private T oldValue;
    private boolean ran;
    private T newValue;
    private final String label;
    private final Object mergeKey;

    private SetValueCommand(Object owner, String name, Supplier<T> getter, Consumer<T> setter, T newValue, String label,
                            Object mergeKey) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.newValue = newValue;
        this.label = label;
        this.mergeKey = mergeKey;
    }

    /** Sets {@code property} of {@code server}. */
    public static <T> SetValueCommand<T> of(Server server, ServerProperty<T> property, T newValue, String label) {
        return of(server, property, newValue, label, null);
    }

    /** {@code mergeKey}: sets of the same property of the same server with an equal non-null key merge. */
    static <T> SetValueCommand<T> of(Server server, ServerProperty<T> property, T newValue, String label, Object mergeKey) {
        return new SetValueCommand<>(server, property.name(), () -> property.get(server), v -> property.set(server, v),
                newValue, label, mergeKey);
    }

    /** Sets the value {@code getter} reads and {@code setter} writes: the setting {@code name} of {@code owner}. */
    static <T> SetValueCommand<T> of(Object owner, String name, Supplier<T> getter, Consumer<T> setter, T newValue, String label) {
        return new SetValueCommand<>(owner, name, getter, setter, newValue, label, null);
    }

    /** Whether running now would change the value. */
    public boolean changesAnything() { return !Objects.equals(ran ? oldValue : getter.get(), newValue); }

    @Override public void execute() {
        if (!ran) {
            oldValue = getter.get();
            ran = true;
        }
        setter.accept(newValue);
    }

    @Override public void undo() { setter.accept(oldValue); }

    @Override public String label() { return label; }

    @Override public boolean mergeWith(Command next) {
        if (mergeKey == null || !(next instanceof SetValueCommand<?> other)) return false;
        if (other.owner != owner || !other.name.equals(name) || !mergeKey.equals(other.mergeKey)) return false;
        @SuppressWarnings("unchecked") T value = (T) other.newValue;
        newValue = value;
        return true;
    }
}
