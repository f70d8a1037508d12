package net.wsustopology.ui.files;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A choice box shows a value's display name (Light, Dark) rather than its constant (LIGHT, DARK). */
public final class DisplayNames {
    private DisplayNames() { }

    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : name.apply(value); }

            @Override public T fromString(String text) { throw new UnsupportedOperationException("choice boxes are not edited as text"); }
        };
    }
}
