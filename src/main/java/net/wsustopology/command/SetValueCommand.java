package net.wsustopology.command;

import java.util.Objects;
import javafx.beans.property.Property;

/**
 * Sets one property. The value it undoes to is the one the property held when the command
 * first ran, not when it was built, so commands built together may touch the same property.
 * Consecutive sets of the same property with the same merge key (one field
 * being typed in) merge into one step that undoes to the value before the first.
 */
public final class SetValueCommand<T> implements Command {
    private final Property<T> property;
    private T oldValue;
    private boolean ran;
    private T newValue;
    private final String label;
    private final Object mergeKey;

    public SetValueCommand(Property<T> property, T newValue, String label) {
        this(property, newValue, label, null);
    }

    /** {@code mergeKey}: edits with an equal non-null key on the same property merge. */
    public SetValueCommand(Property<T> property, T newValue, String label, Object mergeKey) {
        this.property = property;
        this.newValue = newValue;
        this.label = label;
        this.mergeKey = mergeKey;
    }

    /** Whether running now would change the property. */
    public boolean changesAnything() { return !Objects.equals(ran ? oldValue : property.getValue(), newValue); }

    @Override public void execute() {
        if (!ran) {
            oldValue = property.getValue();
            ran = true;
        }
        property.setValue(newValue);
    }

    @Override public void undo() { property.setValue(oldValue); }

    @Override public String label() { return label; }

    @Override public boolean mergeWith(Command next) {
        if (mergeKey == null || !(next instanceof SetValueCommand<?> other)) return false;
        if (other.property != property || !mergeKey.equals(other.mergeKey)) return false;
        @SuppressWarnings("unchecked") T value = (T) other.newValue;
        newValue = value;
        return true;
    }
}
