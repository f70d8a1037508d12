package net.wsustopology.ui.canvas;

import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Severity;

/**
 * The card drawn for one server: host name, site, tier and role, a replica badge and, when
 * its subtree is collapsed, the number of hidden servers and their worst finding. Its look
 * comes from style classes (role, severity, selection) set in place, so a change never
 * rebuilds the node.
 */
final class ServerNode extends CentredNode {
    static final double WIDTH = TreeLayout.NODE_WIDTH;
    static final double HEIGHT = TreeLayout.NODE_HEIGHT;
    private static final int MAX_CHARS = 40;
    private static final double TEXT_LEFT = 12;
    private static final double TEXT_RIGHT = 22;
    private static final String[] ROLE_CLASSES = {"role-root", "role-autonomous", "role-replica"};
    private static final String[] SEVERITY_CLASSES = {"severity-error", "severity-warning", "severity-info"};

    private final Server server;
    private final Text name = text("server-name");
    private final Text site = text("server-site");
    private final Text meta = text("server-meta");
    private final Text badge = text("replica-badge");
    private final Text hidden = text("hidden-count");
    private final Circle hiddenWorst = new Circle(4);
    private String tier = "";
    private String fullName = "";
    private String fullSite = "";
    private boolean textsFitted;
    private boolean textsShown = true;
    private int hiddenCount;

    ServerNode(Server server) {
        super(WIDTH, HEIGHT);
        this.server = server;
        getStyleClass().add("server-node");
        badge.setText("R");
        hidden.setVisible(false);
        hiddenWorst.getStyleClass().add("hidden-worst");
        hiddenWorst.setManaged(false);
        hiddenWorst.setVisible(false);
        getChildren().addAll(name, site, meta, badge, hidden, hiddenWorst);
        refreshTexts();
    }

    private static Text text(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setManaged(false);
        return t;
    }

    Server server() { return server; }

    boolean covers(double x, double y) {
        return isVisible() && Math.abs(x - centreX()) <= WIDTH / 2 && Math.abs(y - centreY()) <= HEIGHT / 2;
    }

    void refreshTexts() {
        fullName = server.label();
        String s = server.getSite();
        fullSite = s == null || s.isBlank() ? "no site" : s;
        name.setText(shorten(fullName));
        site.setText(shorten(fullSite));
        textsFitted = false;
        requestLayout();
    }

    /** Tier and role line, e.g. "Tier 2 · replica"; a server on a loop or dangling has "No tier". */
    void setTier(String tierText) {
        tier = tierText;
        meta.setText(tier + " · " + roleName(server));
    }

    /** Role from the server's settings: replica, else root (syncs from Microsoft Update), else autonomous. */
    void showRoleOf(Server s) {
        String roleClass = "role-" + roleName(s);
        replaceClass(ROLE_CLASSES, roleClass);
        badge.setVisible(textsShown && s.isReplica());
        meta.setText(tier + " · " + roleName(s));
    }

    static String roleName(Server s) {
        if (s.isReplica()) return "replica";
        return s.isSyncFromUpstream() ? "autonomous" : "root";
    }

    void setSeverity(Severity severity) {
        replaceClass(SEVERITY_CLASSES, severity == null ? null : "severity-" + severity.code());
    }

    void setSelected(boolean selected) { toggleClass("selected", selected); }

    void setDropTarget(boolean target) { toggleClass("drop-target", target); }

    /**
     * Shows "+n" and a dot in the colour of the worst finding among the n hidden servers (none
     * when they are clean) while the subtree below is collapsed; a count of 0 hides both.
     */
    void setHiddenBelow(int count, Severity worst) {
        hiddenCount = count;
        hidden.setText("+" + count);
        toggleClass("collapsed", count > 0);
        for (Severity level : Severity.values()) toggleClass("hidden-worst-" + level.code(), count > 0 && level == worst);
        hiddenWorst.getStyleClass().setAll("hidden-worst", worst == null ? "hidden-clean" : "hidden-worst-" + worst.code());
        showHiddenBelow();
    }

    /** Level of detail: when zoomed far out the texts are unreadable, so they are not drawn at all. */
    void showTexts(boolean shown) {
        if (shown == textsShown) return;
        textsShown = shown;
        toggleClass("lod-no-texts", !shown);
        name.setVisible(shown);
        site.setVisible(shown);
        meta.setVisible(shown);
        badge.setVisible(shown && server.isReplica());
        showHiddenBelow();
    }

    private void showHiddenBelow() {
        hidden.setVisible(textsShown && hiddenCount > 0);
        hiddenWorst.setVisible(hiddenCount > 0 && !hiddenWorst.getStyleClass().contains("hidden-clean"));
        requestLayout();
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

    private static String shorten(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
    }

    /** Cuts a line with "…" until it fits beside the badge (measured, so it follows the CSS font). */
    private static void fit(Text line, String full) {
        double room = WIDTH - TEXT_LEFT - TEXT_RIGHT;
        if (line.getLayoutBounds().getWidth() <= room) return;
        String text = shorten(full);
        int lo = 1, hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            line.setText(text.substring(0, mid) + "…");
            if (line.getLayoutBounds().getWidth() <= room) lo = mid; else hi = mid - 1;
        }
        line.setText(text.substring(0, lo) + "…");
    }

    @Override protected void layoutChildren() {
        if (!textsFitted) {
            textsFitted = true;
            fit(name, fullName);
            fit(site, fullSite);
        }
        double left = TEXT_LEFT;
        name.relocate(left, 9);
        site.relocate(left, 27);
        meta.relocate(left, 43);
        badge.relocate(WIDTH - 18, 6);
        double countLeft = WIDTH - hidden.getLayoutBounds().getWidth() - 8;
        hidden.relocate(countLeft, 43);
        hiddenWorst.setCenterX(countLeft - 8);
        hiddenWorst.setCenterY(HEIGHT - 14);
    }
}
