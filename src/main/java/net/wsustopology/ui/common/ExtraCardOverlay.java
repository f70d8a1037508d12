package net.wsustopology.ui.common;

import java.util.List;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * Read-only cards for servers that are not in the plan (a comparison's deployed-only servers):
 * nothing can select, drag or edit them, and no edit of the plan sees them.
 */
public interface ExtraCardOverlay {
    /** One card: the server it shows, where its centre goes, its face and what its tooltip says. */
    record Extra(Server server, Position at, CardFace face, String note) { }

    /** Replaces the cards shown with {@code extras}, each with the style class {@code mark} and the badge {@code glyph}. */
    void show(List<Extra> extras, String mark, String glyph);

    /** Removes every card. */
    void clear();

    /** Marks the card of {@code server} as chosen (null: none); these cards are never in the plan's selection. */
    void select(Server server);

    /** Centre of the card showing {@code server}, or null. */
    Position centreOf(Server server);
}
