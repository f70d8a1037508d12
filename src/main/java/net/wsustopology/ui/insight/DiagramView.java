package net.wsustopology.ui.insight;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Findings;
import net.wsustopology.validation.Severity;

/**
 * A read-only drawing of the plan from the model and the tree layout: nodes outlined by their
 * worst finding, replicas dashed, edges labelled with the update-source port and SSL. It
 * zooms to fit either the whole plan or one group of servers and dims the rest.
 */
final class DiagramView extends Region {
    private static final double W = TreeLayout.NODE_WIDTH;
    private static final double H = TreeLayout.NODE_HEIGHT;
    private static final double FIT_MARGIN = 24;
    private static final double MAX_SCALE = 1.6;
    private static final double TEXT_WIDTH = W - 14;
    private static final Font NAME_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    private static final Font DETAIL_FONT = Font.font(Font.getDefault().getFamily(), 11);
    private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance();

    private final Group world = new Group();
    private final Rectangle clip = new Rectangle();
    private final Map<Server, Group> nodes = new HashMap<>();
    private final Map<Server, Node> edges = new HashMap<>();
    private LayoutResult layout;
    private Set<Server> focus;

    DiagramView() {
        getStyleClass().add("diagram");
        getChildren().add(world);
        setClip(clip);
    }

    /** Draws the plan again from scratch (after an edit). */
    void build(Topology topology, Findings findings) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        // presentation mode fills the screen, so the plan is laid out for the screen's shape
        layout = new TreeLayout().layout(topology, screen.getWidth() / screen.getHeight());
        nodes.clear();
        edges.clear();
        Group edgeLayer = new Group();
        Group nodeLayer = new Group();
        Position mu = layout.microsoftUpdate();
        for (Server s : topology.servers()) {
            Position p = layout.positions().get(s.id());
            if (!s.isSyncFromUpstream()) {
                Node edge = edge(mu, p, null);
                edges.put(s, edge);
                edgeLayer.getChildren().add(edge);
            } else {
                Server up = topology.upstreamOf(s);
                if (up != null) {
                    Node edge = edge(layout.positions().get(up.id()), p, edgeLabel(s));
                    edges.put(s, edge);
                    edgeLayer.getChildren().add(edge);
                }
            }
            Group node = node(s, p, topology.tier(s), findings);
            nodes.put(s, node);
            nodeLayer.getChildren().add(node);
        }
        world.getChildren().setAll(edgeLayer, microsoftUpdate(mu), nodeLayer);
        applyDimming();
        requestLayout();
    }

    /** Zooms to these servers and dims the others; null shows the whole plan. */
    void focus(Collection<Server> servers) {
        focus = servers == null ? null : new HashSet<>(servers);
        applyDimming();
        requestLayout();
    }

    boolean isDimmed(Server s) {
        Group node = nodes.get(s);
        return node != null && node.getStyleClass().contains("diagram-dimmed");
    }

    @Override protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (layout == null) return;
        Bounds target = focusBounds();
        double scale = Math.min(MAX_SCALE, Math.min((getWidth() - 2 * FIT_MARGIN) / target.getWidth(),
                (getHeight() - 2 * FIT_MARGIN) / target.getHeight()));
        if (!(scale > 0)) scale = 0.01;
        double tx = (getWidth() - scale * target.getWidth()) / 2 - scale * target.getMinX();
        double ty = (getHeight() - scale * target.getHeight()) / 2 - scale * target.getMinY();
        world.getTransforms().setAll(new Translate(tx, ty), new Scale(scale, scale));
    }

    private Bounds focusBounds() {
        if (focus == null || focus.isEmpty()) return new BoundingBox(0, 0, layout.width(), layout.height());
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Server s : focus) {
            Position p = layout.positions().get(s.id());
            if (p == null) continue;
            minX = Math.min(minX, p.x() - W / 2);
            maxX = Math.max(maxX, p.x() + W / 2);
            minY = Math.min(minY, p.y() - H / 2 - 28);
            maxY = Math.max(maxY, p.y() + H / 2);
        }
        if (minX > maxX) return new BoundingBox(0, 0, layout.width(), layout.height());
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private void applyDimming() {
        for (Map.Entry<Server, Group> e : nodes.entrySet()) {
            boolean dim = focus != null && !focus.contains(e.getKey());
            setDimmed(e.getValue(), dim);
            Node edge = edges.get(e.getKey());
            if (edge != null) setDimmed(edge, dim);
        }
    }

    private static void setDimmed(Node node, boolean dim) {
        if (dim && !node.getStyleClass().contains("diagram-dimmed")) node.getStyleClass().add("diagram-dimmed");
        if (!dim) node.getStyleClass().remove("diagram-dimmed");
    }

    private static String edgeLabel(Server s) {
        Integer port = s.getSourcePort();
        String text = port == null ? "port ?" : Integer.toString(port);
        return s.isUseSsl() ? text + " SSL" : text;
    }

    /** An elbow from the upstream's bottom to the downstream's top, labelled near the downstream. */
    private static Node edge(Position from, Position to, String label) {
        double midY = (from.y() + H / 2 + to.y() - H / 2) / 2;
        Polyline line = new Polyline(from.x(), from.y() + H / 2, from.x(), midY, to.x(), midY, to.x(), to.y() - H / 2);
        line.getStyleClass().add("diagram-edge");
        if (label == null) return line;
        Text text = new Text(to.x() + 6, to.y() - H / 2 - 6, label);
        text.getStyleClass().add("diagram-edge-label");
        return new Group(line, text);
    }

    private static Node microsoftUpdate(Position mu) {
        Rectangle box = new Rectangle(mu.x() - W / 2, mu.y() - H / 2, W, H);
        box.getStyleClass().add("diagram-mu");
        Text text = centred("Microsoft Update", mu.x(), mu.y(), "diagram-mu-text");
        return new Group(box, text);
    }

    private static Group node(Server s, Position p, OptionalInt tier, Findings findings) {
        Rectangle box = new Rectangle(p.x() - W / 2, p.y() - H / 2, W, H);
        box.getStyleClass().add("diagram-node");
        if (!s.isSyncFromUpstream()) box.getStyleClass().add("root");
        if (s.isSyncFromUpstream() && s.isReplica()) box.getStyleClass().add("replica");
        Severity worst = findings.worst(s.id());
        if (worst != null) box.getStyleClass().add("severity-" + worst.code());
        Text name = centred(nodeName(s.label()), p.x(), p.y() - 9, "diagram-name");
        name.setFont(NAME_FONT);
        Text detail = centred(fit(detail(s, tier), DETAIL_FONT), p.x(), p.y() + 12, "diagram-detail");
        detail.setFont(DETAIL_FONT);
        Group node = new Group(box, name, detail);
        if (worst != null) {
            Circle badge = new Circle(p.x() + W / 2 - 4, p.y() - H / 2 + 4, 9);
            badge.getStyleClass().addAll("diagram-badge", "severity-" + worst.code());
            Text count = centred(Integer.toString(findings.of(s.id()).size()), badge.getCenterX(), badge.getCenterY(),
                    18, "diagram-badge-text");
            node.getChildren().addAll(badge, count);
        }
        return node;
    }

    private static String detail(Server s, OptionalInt tier) {
        String where = tier.isPresent() ? "tier " + tier.getAsInt() : "no tier";
        return where + " · " + NUMBERS.format(s.getClients()) + " clients";
    }

    /** The host name; when it does not fit, its first label (wsus-ber for wsus-ber.corp.example.com). */
    private static String nodeName(String label) {
        if (width(label, NAME_FONT) <= TEXT_WIDTH) return label;
        int dot = label.indexOf('.');
        return fit(dot > 0 ? label.substring(0, dot) : label, NAME_FONT);
    }

    /** The text, cut with an ellipsis so that it fits one line of a node in the given font. */
    private static String fit(String text, Font font) {
        if (width(text, font) <= TEXT_WIDTH) return text;
        int end = text.length();
        while (end > 1 && width(text.substring(0, end) + "…", font) > TEXT_WIDTH) end--;
        return text.substring(0, end) + "…";
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private static Text centred(String content, double x, double y, String styleClass) {
        return centred(content, x, y, W - 8, styleClass);
    }

    /** Centred by alignment within a fixed width, so the stylesheet's font cannot shift it. */
    private static Text centred(String content, double x, double y, double width, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.setTextOrigin(VPos.CENTER);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setWrappingWidth(width);
        text.setX(x - width / 2);
        text.setY(y);
        return text;
    }

    List<Node> worldChildren() { return world.getChildren(); }
}
