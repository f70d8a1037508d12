package net.wsustopology.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a column must be to show every name whole. Only the dozen longest-looking names are
 * measured, so a list of 100,000 servers costs no more than a short one.
 */
public final class NameWidths {
    private static final int MEASURED = 12;

    private NameWidths() { }

    /** The widest of {@code name} plus {@code indent} over the items, in the default font. */
    public static <T> double widest(List<T> items, Function<T, String> name, ToDoubleFunction<T> indent) {
        List<T> longest = new ArrayList<>(items);
        longest.sort(Comparator.comparingDouble((T item) -> name.apply(item).length() * 7.5 + indent.applyAsDouble(item)).reversed());
        Text probe = new Text();
        probe.setFont(Font.getDefault());
        double widest = 0;
        for (T item : longest.subList(0, Math.min(MEASURED, longest.size()))) {
            probe.setText(name.apply(item));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth() + indent.applyAsDouble(item));
        }
        return Math.ceil(widest);
    }
}
