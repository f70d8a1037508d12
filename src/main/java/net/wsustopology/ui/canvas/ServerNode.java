package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import net.wsustopology.diagram.CardFace;
import net.wsustopology.diagram.CardKind;
import net.wsustopology.diagram.CardText;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.diagram.Marks;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Severity;

/**
 * The card drawn for one server: it shows a {@link CardFace} (what the exports and presentation
 * mode show too), with its lines where {@link CardText} puts them, measured in the canvas font.
 * Its look comes from style classes (kind, severity, selection) set in place, so a change never
 * rebuilds the node. Fonts are set in code, sized by the card layout; the stylesheet colours them.
 */
final class ServerNode extends CentredNode {
    static final double WIDTH = CardText.WIDTH;
    static final double HEIGHT = CardText.HEIGHT;
    private static final String[] ROLE_CLASSES = {"role-root", "role-autonomous", "role-replica"};
    private static final String[] SEVERITY_CLASSES = {"severity-error", "severity-warning", "severity-info"};
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Map<Double, Font> BOLD = new HashMap<>();
    private static final Map<Double, Font> PLAIN = new HashMap<>();
    private static final Text PROBE = new Text();
    /** Widths in the canvas font, for {@link CardText}. */
    static final CardText.Measure MEASURE = (text, bold, size) -> {
        PROBE.setFont(font(bold, size));
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    };

    private final Server server;
    private final List<Text> lines = new ArrayList<>(5);
    private final Text count = text("hidden-count");
    private final Circle hiddenWorst = new Circle(4);
    private final Circle badge = new Circle(CardText.BADGE / 2);
    private final Text badgeText = text("replica-badge-text");
    private final Circle muBadge = new Circle(CardText.BADGE / 2);
    private final Text muBadgeText = text("mu-badge-text");
    private final Circle mark = new Circle(7);
    private final Text markText = text("severity-mark-text");
    /** An overlay's one-character badge (a comparison's Δ) on the top right corner, as the severity mark is on the top left. */
    private final Circle glyphBack = new Circle(8);
    private final Text glyph = text("card-glyph");
    private CardFace face;
    private boolean textsShown = true;
    /** The zoom the texts are drawn at, and which of them the rule draws there. */
    private double zoom = 1;
    private DetailLevel.TextRule rule = DetailLevel.TextRule.READABLE;

    ServerNode(Server server) {
        super(WIDTH, HEIGHT);
        this.server = server;
        getStyleClass().add("server-node");
        badge.getStyleClass().add("replica-badge");
        badge.setCenterX(CardText.BADGE_X + CardText.BADGE / 2);
        badge.setCenterY(CardText.BADGE_Y + CardText.BADGE / 2);
        badgeText.setText(Marks.REPLICA_BADGE);
        badgeText.setFont(font(true, 9));
        muBadge.getStyleClass().add("mu-badge");
        muBadge.setCenterY(CardText.BADGE_Y + CardText.BADGE / 2);
        muBadgeText.setText(CardFace.MICROSOFT_UPDATE_BADGE);
        muBadgeText.setFont(font(true, 9));
        mark.getStyleClass().add("severity-mark");
        mark.setCenterX(1);
        mark.setCenterY(1);
        markText.setFont(font(true, 9));
        count.setFont(font(true, CardText.COUNT_SIZE));
        hiddenWorst.getStyleClass().add("hidden-worst");
        for (Node n : new Node[] {badge, muBadge, mark, hiddenWorst}) n.setManaged(false);
        glyphBack.getStyleClass().add("card-glyph-back");
        glyphBack.setCenterX(WIDTH - 1);
        glyphBack.setCenterY(1);
        glyphBack.setManaged(false);
        glyphBack.setVisible(false);
        glyph.setFont(font(true, 10));
        getChildren().addAll(badge, badgeText, muBadge, muBadgeText, mark, markText, count, hiddenWorst, glyphBack, glyph);
    }

    static Font font(boolean bold, double size) {
        return (bold ? BOLD : PLAIN).computeIfAbsent(size,
                s -> Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, s));
    }

    private static Text text(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setManaged(false);
        return t;
    }

    Server server() { return server; }

    CardFace face() { return face; }

    /** The lines shown now, for tests: their texts and fonts. */
    List<Text> lines() { return lines; }

    boolean covers(double x, double y) {
        return isVisible() && Math.abs(x - centreX()) <= WIDTH / 2 && Math.abs(y - centreY()) <= HEIGHT / 2;
    }

    /** Shows {@code next}; only what changed is touched. */
    void show(CardFace next) {
        if (next.equals(face)) return;
        CardFace previous = face;
        face = next;
        replaceClass(ROLE_CLASSES, "role-" + next.kind().word());
        replaceClass(SEVERITY_CLASSES, next.worst() == null ? null : "severity-" + next.worst().code());
        toggleClass("collapsed", next.hiddenBelow() > 0);
        for (Severity level : Severity.values()) toggleClass("hidden-worst-" + level.code(), next.hiddenBelow() > 0 && level == next.hiddenWorst());
        hiddenWorst.getStyleClass().setAll("hidden-worst",
                next.hiddenWorst() == null ? "hidden-clean" : "hidden-worst-" + next.hiddenWorst().code());
        mark.getStyleClass().setAll("severity-mark", next.worst() == null ? "severity-none" : "severity-" + next.worst().code());
        markText.setText(Marks.severityMark(next.worst()));
        if (previous == null || !sameTexts(previous, next)) placeTexts();
        showParts();
    }

    private static boolean sameTexts(CardFace a, CardFace b) {
        return a.host().equals(b.host()) && a.domain().equals(b.domain()) && a.details().equals(b.details())
                && a.kind() == b.kind() && a.hiddenBelow() == b.hiddenBelow();
    }

    private void placeTexts() {
        CardText.Layout layout = CardText.layout(face, MEASURE);
        while (lines.size() < layout.lines().size()) {
            Text t = text("card-line");
            lines.add(t);
            getChildren().add(t);
        }
        for (int i = 0; i < lines.size(); i++) {
            Text t = lines.get(i);
            boolean used = i < layout.lines().size();
            t.setVisible(used && textsShown && rule.drawn(layout.lines().get(i).size(), zoom));
            if (!used) {
                t.setText("");
                continue;
            }
            CardText.Line line = layout.lines().get(i);
            t.setText(line.text());
            t.setFont(font(line.bold(), line.size()));
            t.getStyleClass().setAll("card-line", "card-" + line.style().name().toLowerCase(Locale.ROOT));
            t.setX(line.x());
            t.setY(line.baseline());
        }
        count.setText(layout.count());
        double countWidth = count.getLayoutBounds().getWidth();
        count.setX(layout.countRight() - countWidth);
        count.setY(layout.countBaseline());
        hiddenWorst.setCenterX(layout.countRight() - countWidth - 8);
        hiddenWorst.setCenterY(layout.countBaseline() - 4);
        double badgeWidth = badgeText.getLayoutBounds().getWidth();
        badgeText.setX(badge.getCenterX() - badgeWidth / 2);
        badgeText.setY(badge.getCenterY() + 3.5);
        muBadge.setCenterX(face.microsoftUpdateBadgeX() + CardText.BADGE / 2);
        muBadgeText.setX(muBadge.getCenterX() - muBadgeText.getLayoutBounds().getWidth() / 2);
        muBadgeText.setY(muBadge.getCenterY() + 3.5);
        markText.setX(mark.getCenterX() - markText.getLayoutBounds().getWidth() / 2);
        markText.setY(mark.getCenterY() + 3.5);
    }

    /** Shows an overlay's badge (null or empty: none). */
    void showGlyph(String text) {
        String shown = text == null ? "" : text;
        if (!shown.equals(glyph.getText())) {
            glyph.setText(shown);
            glyph.setX(glyphBack.getCenterX() - glyph.getLayoutBounds().getWidth() / 2);
            glyph.setY(glyphBack.getCenterY() + 3.5);
        }
        glyphBack.setVisible(!shown.isEmpty());
        glyph.setVisible(textsShown && reads(glyph) && !shown.isEmpty());
    }

    void setSelected(boolean selected) { toggleClass("selected", selected); }

    void setDropTarget(boolean target) { toggleClass("drop-target", target); }

    /**
     * Level of detail: when zoomed far out the texts are unreadable, so they and the badges are not
     * drawn at all; otherwise each text is drawn as the detail's rule says at its zoom.
     */
    void showTexts(LevelOfDetail detail) {
        boolean shown = detail.textsShown();
        if (shown == textsShown && detail.zoom() == zoom && detail.rule() == rule) return;
        textsShown = shown;
        zoom = detail.zoom();
        rule = detail.rule();
        toggleClass("lod-no-texts", !shown);
        showParts();
    }

    private boolean reads(Text t) { return rule.drawn(t.getFont().getSize(), zoom); }

    private void showParts() {
        boolean collapsed = face != null && face.hiddenBelow() > 0;
        for (Text t : lines) t.setVisible(textsShown && reads(t) && !t.getText().isEmpty());
        boolean replica = face != null && face.kind() == CardKind.REPLICA;
        badge.setVisible(textsShown && replica);
        badgeText.setVisible(textsShown && reads(badgeText) && replica);
        boolean clientsFromMu = face != null && face.clientsFromMicrosoftUpdate();
        muBadge.setVisible(textsShown && clientsFromMu);
        muBadgeText.setVisible(textsShown && reads(muBadgeText) && clientsFromMu);
        boolean flagged = face != null && face.worst() != null;
        mark.setVisible(flagged);
        markText.setVisible(textsShown && reads(markText) && flagged);
        count.setVisible(textsShown && reads(count) && collapsed);
        hiddenWorst.setVisible(collapsed && face.hiddenWorst() != null);
        glyph.setVisible(textsShown && reads(glyph) && !glyph.getText().isEmpty());
    }

    private void toggleClass(String styleClass, boolean on) {
        boolean has = getStyleClass().contains(styleClass);
        if (on && !has) getStyleClass().add(styleClass);
        else if (!on && has) getStyleClass().remove(styleClass);
    }

    private void replaceClass(String[] family, String wanted) {
        for (String c : family) if (!c.equals(wanted)) getStyleClass().remove(c);
        if (wanted != null && !getStyleClass().contains(wanted)) getStyleClass().add(wanted);
    }

    @Override protected void layoutChildren() {
        // every child is placed by placeTexts(); nothing depends on the region's size
    }
}
