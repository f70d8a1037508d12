package net.wsustopology.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;

/**
 * Whether a field holds typing that is not yet part of the plan. Ctrl+Z in such a field first
 * takes back the typing (the field's own undo); in a field without any, it undoes the plan's
 * last step, as in every editor.
 */
public final class FieldTyping {
    private static final Object KEY = FieldTyping.class;

    private FieldTyping() { }

    /** Marks {@code field} as a plan field whose uncommitted typing {@code typing} reports. */
    public static void track(TextInputControl field, BooleanSupplier typing) { field.getProperties().put(KEY, typing); }

    /** True for a plan field (one that was tracked). */
    public static boolean isPlanField(TextInputControl field) { return field.getProperties().get(KEY) instanceof BooleanSupplier; }

    /** True when the plan field holds typing that is not committed yet. */
    public static boolean hasTyping(TextInputControl field) {
        return field.getProperties().get(KEY) instanceof BooleanSupplier typing && typing.getAsBoolean();
    }
}
