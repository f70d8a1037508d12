package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.ui.common.ExtraCardOverlay;

/**
 * Read-only cards for servers that are not in the plan (a comparison's deployed-only servers),
 * on a layer of their own between the plan's cards and the overlay. They are never in the plan,
 * so nothing can select, drag or edit them, and no edit of the plan or its undo history sees them.
 * They are few and all drawn: unlike the plan's cards they are not culled to the visible area.
 */
public final class ExtraCards implements ExtraCardOverlay {
    static final String STYLE = "extra-card";
    private final Group layer = new Group();
    private final Map<ServerNode, String> notes = new HashMap<>();
    private final List<ServerNode> cards = new ArrayList<>();
    private final TopologyView view;

    ExtraCards(TopologyView view) {
        this.view = view;
        layer.setManaged(false);
        var children = view.world().getChildren();
        children.add(children.indexOf(view.overlay()), layer);
        view.drawn().alsoCover(this::area);
    }

    /** Replaces the cards shown with {@code extras}, each with the style class {@code mark} and the badge {@code glyph}. */
    public void show(List<Extra> extras, String mark, String glyph) {
        clear();
        for (Extra e : extras) {
            ServerNode n = new ServerNode(e.server());
            n.getStyleClass().addAll(STYLE, mark);
            n.show(e.face());
            n.showGlyph(glyph);
            n.showTexts(view.detail());
            n.moveCentreTo(e.at().x(), e.at().y());
            notes.put(n, e.note());
            cards.add(n);
        }
        layer.getChildren().setAll(cards);
        view.updateWorldSize();
    }

    /** Removes every card. */
    public void clear() {
        layer.getChildren().clear();
        notes.clear();
        cards.clear();
        view.updateWorldSize();
    }

    /** Marks the card of {@code server} as chosen (null: none); these cards are never in the plan's selection. */
    public void select(Server server) {
        for (ServerNode n : cards) n.setSelected(n.server() == server);
    }

    /** The server whose card is marked as chosen, or null. */
    public Server selected() {
        for (ServerNode n : cards) if (n.getStyleClass().contains("selected")) return n.server();
        return null;
    }

    /** What the cards cover, {minX, minY, maxX, maxY}, or null when none is shown. */
    private double[] area() {
        if (cards.isEmpty()) return null;
        double[] a = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (ServerNode n : cards) {
            a[0] = Math.min(a[0], n.centreX() - ServerNode.WIDTH / 2);
            a[1] = Math.min(a[1], n.centreY() - ServerNode.HEIGHT / 2);
            a[2] = Math.max(a[2], n.centreX() + ServerNode.WIDTH / 2);
            a[3] = Math.max(a[3], n.centreY() + ServerNode.HEIGHT / 2);
        }
        return a;
    }

    /** The servers shown, in the order given. */
    public List<Server> servers() { return cards.stream().map(ServerNode::server).toList(); }

    /** Centre of the card showing {@code server}, or null. */
    public Position centreOf(Server server) {
        for (ServerNode n : cards) if (n.server() == server) return new Position(n.centreX(), n.centreY());
        return null;
    }

    /** What the tooltip of {@code server}'s card says, or null when it has none. */
    public String noteOf(Server server) {
        for (ServerNode n : cards) if (n.server() == server) return notes.get(n);
        return null;
    }

    /** The tooltip text of {@code node} when it is one of these cards, else null. */
    String noteOf(ServerNode node) { return notes.get(node); }

    /** Level of detail: the same as the plan's cards at this zoom. */
    void followDetail() { for (ServerNode n : cards) n.showTexts(view.detail()); }
}
