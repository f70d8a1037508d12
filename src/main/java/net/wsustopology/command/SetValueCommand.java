package net.wsustopology.command;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;

/**
 * Sets one value: a described property of a server, or one of the plan's own settings (through
 * {@link Edits}). The value it undoes to is the one held when the command first ran, not when it
 * was built, so commands built together may touch the same value.
 */
public final class SetValueCommand<T> implements Command {
    private final Supplier<T> getter;
    private final Consumer<T> setter;
    private final T newValue;
    private final String label;
    private T oldValue;
    private boolean ran;

    private SetValueCommand(Supplier<T> getter, Consumer<T> setter, T newValue, String label) {
        this.getter = getter;
        this.setter = setter;
        this.newValue = newValue;
        this.label = label;
    }

    /** Sets {@code property} of {@code server}. */
    public static <T> SetValueCommand<T> of(Server server, ServerProperty<T> property, T newValue, String label) {
        return new SetValueCommand<>(() -> property.get(server), v -> property.set(server, v), newValue, label);
    }

    /** Sets the value {@code getter} reads and {@code setter} writes (one of the plan's settings). */
    static <T> SetValueCommand<T> of(Supplier<T> getter, Consumer<T> setter, T newValue, String label) {
        return new SetValueCommand<>(getter, setter, newValue, label);
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
}
