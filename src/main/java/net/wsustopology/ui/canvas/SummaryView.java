package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import net.wsustopology.diagram.Box;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.GroupFace;
import net.wsustopology.diagram.ScaledMeasure;
import net.wsustopology.diagram.Groups;
import net.wsustopology.document.Document;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;

/**
 * The summary level on the canvas: the cards of folded groups and the titles of servers with
 * downstreams, as {@link DetailLevel} lays them out for the zoom. Like the cards, only those in
 * the visible area exist. Which groups the user opened or folded by hand is view state (not
 * saved, not undoable), as Collapse is; a selection of a few servers inside folded groups opens
 * them. The groups are found again from the drawn positions after any change to the plan.
 */
final class SummaryView {
    /** A selection of at most this many servers opens the groups they are in; a larger one (Select All) marks the group cards. */
    static final int OPENS_FOR_SELECTION = 20;

    private final Document document;
    private final Topology topology;
    private final DrawnPositions drawn;
    private final Predicate<Server> collapsedAway;
    private final CardMarks marks;
    private final Group layer = new Group();
    private final Map<Server, DetailLevel.Hand> hand = new HashMap<>();
    private final Map<Server, SummaryCard> titles = new HashMap<>();
    private final Map<Server, SummaryCard> groupCards = new HashMap<>();
    private final Map<Server, GroupFace> faces = new HashMap<>();
    private final CardText.Measure measure = new ScaledMeasure(ServerNode.MEASURE);
    private Groups groups;
    /** The drawn positions' version the groups were found at: a layout for the window, a drag or a move finds them again. */
    private int groupsVersion;
    private double zoom = 1;
    private double[] area = {0, 0, 1600, 1000};

    /** {@code marks}: an overlay's marks (the heat map), which a title shows as its server's card would. */
    SummaryView(Document document, DrawnPositions drawn, Predicate<Server> collapsedAway, CardMarks marks) {
        this.marks = marks;
        this.document = document;
        this.topology = document.topology();
        this.drawn = drawn;
        this.collapsedAway = collapsedAway;
        layer.setManaged(false);
    }

    Group layer() { return layer; }

    /** The groups as the cards are drawn now (found again after a change). */
    Groups groups() {
        if (groups == null || groupsVersion != drawn.version()) {
            groups = Groups.of(topology, drawn::of, s -> !collapsedAway.test(s));
            groupsVersion = drawn.version();
        }
        return groups;
    }

    /** The plan, a position or the collapsing changed: groups and bands are found again when next needed. */
    void invalidate() {
        groups = null;
        faces.clear();
    }

    /** Findings or settings changed: the group cards say it again. */
    void refaceAll() { faces.clear(); }

    boolean isSummary() { return DetailLevel.isSummary(zoom); }

    DetailLevel.Hand hand(Server upstream) { return hand.getOrDefault(upstream, DetailLevel.Hand.ZOOM); }

    /** True when the group below {@code upstream} is drawn as one card. */
    boolean isFolded(Server upstream) {
        return groups().under(upstream) != null && DetailLevel.folded(hand(upstream), zoom);
    }

    /** True when {@code s} is inside a folded group: neither its card nor its link is drawn. */
    boolean foldsAway(Server s) {
        if (!isSummary() && !hand.containsValue(DetailLevel.Hand.FOLDED)) return false;
        Groups.Group g = groups().of(s);
        return g != null && DetailLevel.folded(hand(g.upstream()), zoom);
    }

    /** True when {@code s} is drawn as a title instead of a card. */
    boolean isTitled(Server s) { return isSummary() && groups().isNamed(s); }

    /** Opens or folds the group below {@code upstream} by hand; true when that changed anything. */
    boolean setOpen(Server upstream, boolean open) {
        DetailLevel.Hand wanted = open ? DetailLevel.Hand.OPENED : DetailLevel.Hand.FOLDED;
        return hand.put(upstream, wanted) != wanted;
    }

    /** Opens the group {@code s} is in, if it is folded; true when it was. */
    boolean openAround(Server s) {
        Groups.Group g = groups().of(s);
        return g != null && DetailLevel.folded(hand(g.upstream()), zoom) && setOpen(g.upstream(), true);
    }

    /** Opens the groups of a small selection; true when any opened. */
    boolean openForSelection(Collection<Server> selected) {
        if (selected.size() > OPENS_FOR_SELECTION) return false;
        boolean opened = false;
        for (Server s : selected) opened |= openAround(s);
        return opened;
    }

    void forget(Server s) { hand.remove(s); }

    /** The server whose title covers the diagram point, or null. */
    Server titleAt(double x, double y) {
        for (SummaryCard c : titles.values()) if (c.covers(x, y)) return c.server();
        return null;
    }

    /** The upstream whose group card covers the diagram point, or null. */
    Server groupAt(double x, double y) {
        for (SummaryCard c : groupCards.values()) if (c.covers(x, y)) return c.server();
        return null;
    }

    Collection<SummaryCard> titleCards() { return titles.values(); }

    /** The title drawn for {@code s}, or null. */
    SummaryCard titleOf(Server s) { return titles.get(s); }
    Collection<SummaryCard> groupCards() { return groupCards.values(); }

    /** Draws the titles and group cards in the visible area at {@code zoom}, dropping those that left it. */
    void update(double zoom, double[] visibleArea) {
        this.zoom = zoom;
        this.area = visibleArea;
        if (!isSummary() && !hand.containsValue(DetailLevel.Hand.FOLDED)) {
            // nothing to draw: the groups are not even found (after a move they would be found again)
            drop(titles, Set.of());
            drop(groupCards, Set.of());
            return;
        }
        Groups g = groups();
        Set<Server> wantTitles = new HashSet<>();
        Set<Server> wantGroups = new HashSet<>();
        Set<Server> selected = document.selection().servers();
        Set<Server> groupsSelected = new HashSet<>();
        for (Server s : selected) {
            Groups.Group in = g.of(s);
            if (in != null) groupsSelected.add(in.upstream());
        }
        for (Server s : isSummary() ? g.named() : Set.<Server>of()) {
            Box band = g.band(s);
            if (collapsedAway.test(s) || !inView(band)) continue;
            wantTitles.add(s);
            Groups.Group below = g.under(s);
            DetailLevel.Label label = DetailLevel.title(face(s), drawn.of(s).x(), band,
                    below != null && isFolded(s) ? below.block() : null, zoom, measure);
            SummaryCard card = titles.computeIfAbsent(s, x -> add(new SummaryCard(x, false)));
            card.show(label, zoom);
            card.mark("role-" + face(s).kind().word(), document.findings().worst(s.id()), selected.contains(s));
            card.overlay(marks.markOf(s));
        }
        for (Groups.Group group : g.all()) {
            Server up = group.upstream();
            if (!DetailLevel.folded(hand(up), zoom) || collapsedAway.test(up) || !inView(group.block())) continue;
            wantGroups.add(up);
            SummaryCard title = titles.get(up);
            DetailLevel.Label label = DetailLevel.group(groupFace(group), group.block(),
                    wantTitles.contains(up) ? title.label() : null, zoom, measure);
            SummaryCard card = groupCards.computeIfAbsent(up, x -> add(new SummaryCard(x, true)));
            card.show(label, zoom);
            card.mark(null, groupFace(group).worst(), groupsSelected.contains(up));
        }
        drop(titles, wantTitles);
        drop(groupCards, wantGroups);
    }

    private SummaryCard add(SummaryCard card) {
        layer.getChildren().add(card);
        if (card.isGroup()) {
            card.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) openByHand.accept(card.server());
            });
        }
        return card;
    }

    private Consumer<Server> openByHand = s -> { };

    /** What a double click on a group card does (the view opens it and redraws). */
    void onOpen(Consumer<Server> action) { this.openByHand = action; }

    private void drop(Map<Server, SummaryCard> cards, Set<Server> wanted) {
        List<Server> gone = new ArrayList<>();
        for (Server s : cards.keySet()) if (!wanted.contains(s)) gone.add(s);
        for (Server s : gone) layer.getChildren().remove(cards.remove(s));
    }

    private CardFace face(Server s) { return CardFace.of(s, topology.hierarchy().tierOrNull(s), document.findings().worst(s.id())); }

    GroupFace groupFace(Groups.Group group) {
        return faces.computeIfAbsent(group.upstream(), u -> GroupFace.of(topology, group.members(), s -> document.findings().worst(s.id())));
    }

    private boolean inView(Box b) { return b.x1() >= area[0] && b.x0() <= area[2] && b.y1() >= area[1] && b.y0() <= area[3]; }

    /** The worst finding among the servers of the folded group of {@code upstream}, for the overview; null when clean or open. */
    Severity foldedWorst(Server upstream) {
        Groups.Group g = groups().under(upstream);
        return g == null ? null : groupFace(g).worst();
    }
}
