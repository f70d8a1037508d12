package net.wsustopology.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;

/**
 * A whole {@link DiagramScene} at one zoom, as pictures without a view of their own (exports,
 * print) show it: below {@link DetailLevel#CARDS_READABLE} every group folds and every server
 * with downstreams is named by its title, laid out by {@link DetailLevel}; at a readable zoom
 * nothing folds. A painter draws the titles and group cards and skips the cards this hides.
 */
public final class SummaryScene {
    /** The title drawn instead of a server's card. */
    public record Title(Card card, DetailLevel.Label label) { }

    /** The card drawn instead of the leaf downstreams of {@code group}'s upstream. */
    public record Folded(Groups.Group group, GroupFace face, DetailLevel.Label label) { }

    private static final SummaryScene FULL = new SummaryScene(List.of(), List.of(), Set.of(), Set.of());

    private final List<Title> titles;
    private final List<Folded> groups;
    private final Set<Server> titled;
    private final Set<Server> foldedAway;

    private SummaryScene(List<Title> titles, List<Folded> groups, Set<Server> titled, Set<Server> foldedAway) {
        this.titles = titles;
        this.groups = groups;
        this.titled = titled;
        this.foldedAway = foldedAway;
    }

    /** The scene at {@code zoom} (screen pixels per diagram unit), texts measured by {@code m} in screen pixels. */
    public static SummaryScene of(DiagramScene scene, double zoom, CardText.Measure m) {
        if (!DetailLevel.isSummary(zoom)) return FULL;
        Map<Server, Card> cards = new IdentityHashMap<>();
        for (Card c : scene.cards()) cards.put(c.server(), c);
        Groups found = Groups.of(scene.topology(), s -> {
            Card c = cards.get(s);
            return c == null ? null : new Position(c.x(), c.y());
        }, cards::containsKey);
        List<Title> titles = new ArrayList<>();
        Map<Server, DetailLevel.Label> titleOf = new IdentityHashMap<>();
        for (Card c : scene.cards()) {
            Box band = found.band(c.server());
            if (band == null) continue;
            Groups.Group below = found.under(c.server());
            DetailLevel.Label label = DetailLevel.title(c.face(), c.x(), band, below == null ? null : below.block(), zoom, m);
            titles.add(new Title(c, label));
            titleOf.put(c.server(), label);
        }
        List<Folded> groups = new ArrayList<>();
        Set<Server> foldedAway = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Groups.Group g : found.all()) {
            GroupFace face = GroupFace.of(scene.topology(), g.members(), s -> cards.get(s).worst());
            groups.add(new Folded(g, face, DetailLevel.group(face, g.block(), titleOf.get(g.upstream()), zoom, m)));
            foldedAway.addAll(g.members());
        }
        Set<Server> titled = Collections.newSetFromMap(new IdentityHashMap<>());
        titled.addAll(titleOf.keySet());
        return new SummaryScene(List.copyOf(titles), List.copyOf(groups), titled, foldedAway);
    }

    /** Every card drawn in full. */
    public static SummaryScene full() { return FULL; }

    /** True at the summary level, where titles and group cards replace cards. */
    public boolean isSummary() { return this != FULL; }

    public List<Title> titles() { return titles; }

    public List<Folded> groups() { return groups; }

    /** True when {@code s}'s card is not drawn: a title names it, or its group is folded. */
    public boolean hidesCard(Server s) { return titled.contains(s) || foldedAway.contains(s); }

    /** True when {@code s} is inside a folded group: the link to it is not drawn either. */
    public boolean foldsAway(Server s) { return foldedAway.contains(s); }
}
