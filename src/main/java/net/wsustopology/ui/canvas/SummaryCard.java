package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import net.wsustopology.diagram.Box;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Severity;

/**
 * A title or a folded group's card at the summary level, drawing a {@link DetailLevel.Label}.
 * It sits in diagram units at its box but draws in screen pixels (the zoom undone by its own
 * scale), so its borders and texts keep their screen size and its fonts come in the few sizes
 * DetailLevel picks. Its look comes from style classes (kind, worst finding, selection).
 */
final class SummaryCard extends Region {
    private static final String[] SEVERITY_CLASSES = {"severity-error", "severity-warning", "severity-info"};
    private final Server server;
    private final boolean group;
    private final Scale unzoom = new Scale(1, 1, 0, 0);
    private final List<Text> texts = new ArrayList<>(8);
    private DetailLevel.Label label;
    private String overlayMark;

    /** The title of {@code server}, or the card of the group below it when {@code group}. */
    SummaryCard(Server server, boolean group) {
        this.server = server;
        this.group = group;
        getStyleClass().addAll("summary-card", group ? "summary-group" : "summary-title");
        setId((group ? "group-" : "title-") + server.id());
        getTransforms().add(unzoom);
        setManaged(false);
    }

    /** The title's server, or the upstream of the group's servers. */
    Server server() { return server; }

    boolean isGroup() { return group; }

    DetailLevel.Label label() { return label; }

    /** The texts drawn now, for tests: their fonts are in screen pixels. */
    List<Text> texts() { return texts; }

    /** Where it is drawn, in diagram units. */
    Box box() { return label.box(); }

    boolean covers(double x, double y) { return label != null && label.box().contains(x, y); }

    void show(DetailLevel.Label next, double zoom) {
        label = next;
        Box box = next.box();
        unzoom.setX(1 / zoom);
        unzoom.setY(1 / zoom);
        double w = box.width() * zoom;
        double h = box.height() * zoom;
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        resize(w, h);
        relocate(box.x0(), box.y0());
        while (texts.size() < next.lines().size()) {
            Text t = new Text();
            t.setManaged(false);
            texts.add(t);
            getChildren().add(t);
        }
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            boolean used = i < next.lines().size();
            t.setVisible(used);
            if (!used) continue;
            DetailLevel.Text line = next.lines().get(i);
            t.setText(line.text());
            t.setFont(ServerNode.font(line.bold(), Math.round(line.size() * zoom * 2) / 2.0));
            String style = line.bold() ? "summary-line-main" : "summary-line";
            if (!t.getStyleClass().contains(style)) t.getStyleClass().setAll(style);
            t.setX((line.x() - box.x0()) * zoom);
            t.setY((line.baseline() - box.y0()) * zoom);
        }
    }

    /** The look: the server's kind (a title) and the worst finding (its own, or its group's), selected or not. */
    void mark(String kindClass, Severity worst, boolean selected) {
        if (kindClass != null && !getStyleClass().contains(kindClass)) {
            getStyleClass().removeIf(c -> c.startsWith("role-"));
            getStyleClass().add(kindClass);
        }
        String wanted = worst == null ? null : "severity-" + worst.code();
        for (String c : SEVERITY_CLASSES) if (!c.equals(wanted)) getStyleClass().remove(c);
        if (wanted != null && !getStyleClass().contains(wanted)) getStyleClass().add(wanted);
        if (selected != getStyleClass().contains("selected")) {
            if (selected) getStyleClass().add("selected"); else getStyleClass().remove("selected");
        }
    }

    /** An overlay's mark (a heat map class), or null for none. */
    void overlay(String mark) {
        if (Objects.equals(mark, overlayMark)) return;
        if (overlayMark != null) getStyleClass().remove(overlayMark);
        if (mark != null) getStyleClass().add(mark);
        overlayMark = mark;
    }

    @Override protected void layoutChildren() {
        // every child is placed by show(); nothing depends on the region's size
    }
}
