package net.wsustopology.ui.common;

import java.util.List;
import java.util.function.Function;
import net.wsustopology.model.Server;

/**
 * Extra style classes an overlay puts on the plan's cards (the sync delay heat map, a
 * comparison's kinds of drift): each card gets at most one class out of a family, and
 * optionally a tooltip note and a one-character badge.
 */
public interface CardMarkOverlay {
    /** What the marks of an ordered family mean, for the legend: a title and the words at both ends. */
    record Scale(String title, String low, String high) { }

    /**
     * Marks every card with {@code classOf(server)}, which must be one of {@code family} or null
     * (no mark), for an ordered family whose meaning the legend shows as {@code key} (null: none);
     * replaces any marks shown before.
     */
    void show(List<String> family, Function<Server, String> classOf, Scale key);

    /**
     * As {@link #show(List, Function, Scale)}, with text its tooltip adds to each card ({@code note})
     * and a one-character badge in the card's lower left corner ({@code glyph}); null for none.
     */
    void show(List<String> family, Function<Server, String> classOf, Scale key, Function<Server, String> note,
              Function<Server, String> glyph);

    /** Removes every mark. */
    void clear();
}
