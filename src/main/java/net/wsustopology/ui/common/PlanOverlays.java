package net.wsustopology.ui.common;

import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * What a feature may put on the editor's plan view and ask of it (a comparison, the heat map):
 * marks on the plan's cards, read-only cards and links outside the plan, the comparison's key in
 * the legend; where a card is drawn, and bringing a card into view. The canvas implements it and
 * the window hands it to the features, which so never know the canvas.
 */
public interface PlanOverlays {
    /** Style classes, tooltip notes and badges on the plan's cards. */
    CardMarkOverlay cardMarks();

    /** Read-only cards for servers outside the plan. */
    ExtraCardOverlay extraCards();

    /** Links outside the plan. */
    ExtraLinkOverlay extraLinks();

    /** The legend's key to a comparison's marks and links, shown (and the legend unfolded) while {@code on}. */
    void showCompareKey(boolean on);

    /** True while the card of {@code server} is drawn (not under a collapsed upstream). */
    boolean isShown(Server server);

    /** Where the card of {@code server} is drawn, in diagram units (its centre). */
    Position positionOf(Server server);

    /** Where Microsoft Update is drawn (its centre). */
    Position microsoftUpdateCentre();

    /** Selects the server and scrolls its card to the middle of the view (expanding collapsed upstreams). */
    void reveal(Server server);

    /** Marks the read-only card of {@code server} (outside the plan) as chosen and scrolls it into the middle of the view. */
    void revealExtra(Server server);
}
