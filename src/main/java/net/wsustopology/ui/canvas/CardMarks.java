package net.wsustopology.ui.canvas;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.CardMarkOverlay;

/**
 * Extra style classes on the server cards chosen by an overlay (e.g. the sync delay heat map):
 * each card gets at most one class out of a family. Cards created later, when they scroll into
 * view, get theirs too, so an overlay never has to rebuild or even know the drawn cards.
 */
public final class CardMarks implements CardMarkOverlay {
    private final TopologyView view;
    private List<String> family = List.of();
    private Function<Server, String> classOf = s -> null;
    private Function<Server, String> noteOf = s -> null;
    private Function<Server, String> glyphOf = s -> null;
    private final ReadOnlyObjectWrapper<Scale> scale = new ReadOnlyObjectWrapper<>(this, "scale");

    CardMarks(TopologyView view) { this.view = view; }

    /** The scale of the marks shown, or null when none are shown or they have no scale. */
    public ReadOnlyObjectProperty<Scale> scaleProperty() { return scale.getReadOnlyProperty(); }

    List<String> family() { return family; }

    /**
     * Marks every card with {@code classOf(server)}, which must be one of {@code family} or null
     * (no mark); replaces any marks shown before.
     */
    public void show(List<String> family, Function<Server, String> classOf) { show(family, classOf, null); }

    /**
     * As {@link #show(List, Function)}, for an ordered family whose meaning the legend shows as
     * {@code key}. Showing the same family again (an overlay recomputing after edits) only
     * changes the cards whose mark changed, and the legend is left as it is.
     */
    public void show(List<String> family, Function<Server, String> classOf, Scale key) {
        show(family, classOf, key, s -> null, s -> null);
    }

    /**
     * As {@link #show(List, Function, Scale)}, with text its tooltip adds to each card ({@code note})
     * and a one-character badge in the card's lower left corner ({@code glyph}); null for none.
     */
    public void show(List<String> family, Function<Server, String> classOf, Scale key, Function<Server, String> note,
                     Function<Server, String> glyph) {
        this.noteOf = note;
        this.glyphOf = glyph;
        List<String> previous = this.family;
        this.family = List.copyOf(family);
        this.classOf = classOf;
        boolean sameFamily = previous.equals(this.family);
        for (ServerNode n : view.cards()) {
            if (!sameFamily) n.getStyleClass().removeAll(previous);
            applyTo(n);
        }
        view.cull();
        scale.set(key);
    }

    /** Removes every mark. */
    public void clear() {
        for (ServerNode n : view.cards()) {
            n.getStyleClass().removeAll(family);
            n.showGlyph(null);
        }
        family = List.of();
        classOf = s -> null;
        view.cull();
        noteOf = s -> null;
        glyphOf = s -> null;
        scale.set(null);
    }

    /** The mark currently chosen for {@code server}, or null. */
    public String markOf(Server server) { return family.isEmpty() ? null : classOf.apply(server); }

    /** What the marks say about {@code server} in its tooltip, or null. */
    public String noteOf(Server server) { return family.isEmpty() ? null : noteOf.apply(server); }

    void applyTo(ServerNode n) {
        if (family.isEmpty()) return;
        String wanted = classOf.apply(n.server());
        for (String c : family) if (!c.equals(wanted)) n.getStyleClass().remove(c);
        if (wanted != null && !n.getStyleClass().contains(wanted)) n.getStyleClass().add(wanted);
        n.showGlyph(glyphOf.apply(n.server()));
    }

    /** The badge currently shown on {@code server}'s card, or null. */
    public String glyphOf(Server server) { return family.isEmpty() ? null : glyphOf.apply(server); }
}
