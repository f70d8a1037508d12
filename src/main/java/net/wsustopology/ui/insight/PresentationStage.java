package net.wsustopology.ui.insight;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.Stylesheets;
import net.wsustopology.ui.canvas.CanvasLegend;
import net.wsustopology.ui.canvas.TopologyCanvas;

/**
 * Full-screen, read-only presentation of the plan with a legend and a findings summary, drawn by
 * the editor's own canvas (read-only) so the cards look as they do there and in the exports.
 * Left/Right and PageUp/PageDown step through the roots' subtrees, each shown alone and laid out
 * for the screen; Home shows the whole plan; Esc closes. It follows edits made meanwhile in the editor.
 */
public final class PresentationStage extends Stage {
    /** Index into the roots, or WHOLE_PLAN. */
    public static final int WHOLE_PLAN = -1;

    private final Document document;
    private final StackPane diagramArea = new StackPane();
    private TopologyCanvas canvas;
    private Topology shown;
    private final FindingsSummary summary = new FindingsSummary();
    private final Label title = new Label();
    private final LiveRefresh live;
    private int current = WHOLE_PLAN;

    /** Uses the light theme; see {@link #PresentationStage(Document, List)} to pass the editor's stylesheets. */
    public PresentationStage(Document document) {
        this(document, Stylesheets.stylesheets(false));
    }

    /** {@code themeStylesheets}: the editor scene's stylesheets (tokens, theme and canvas), so the cards match. */
    public PresentationStage(Document document, List<String> themeStylesheets) {
        this.document = document;
        title.getStyleClass().add("presentation-title");
        Label hint = new Label("← → PgUp PgDn: roots   Home: whole plan   Esc: close");
        hint.getStyleClass().add("presentation-hint");
        VBox header = new VBox(2, title, hint);
        header.getStyleClass().add("presentation-header");

        Label findingsTitle = new Label("Findings");
        findingsTitle.getStyleClass().add("insight-title");
        CanvasLegend legend = new CanvasLegend(false);
        VBox side = new VBox(12, legend, findingsTitle, summary);
        side.getStyleClass().add("presentation-side");
        side.setPrefWidth(300);
        side.setMinWidth(260);

        diagramArea.getStyleClass().add("presentation-diagram");
        BorderPane layout = new BorderPane(diagramArea);
        layout.setTop(header);
        layout.setRight(side);
        layout.getStyleClass().addAll("insight-view", "presentation");
        InsightStyles.attach(layout);

        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(layout, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(themeStylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) close();
        });
        setScene(scene);
        setTitle("Presentation: " + document.displayName());
        setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        setFullScreenExitHint("");

        live = new LiveRefresh(document, LiveRefresh.ANY_SETTING, true, this::rebuild);
        setOnHidden(e -> live.detach());
        rebuild();
    }

    /** Shows the stage full screen. */
    public void present() {
        show();
        setFullScreen(true);
        toFront();
    }

    /** WHOLE_PLAN or the index of the root whose subtree is shown. */
    public int current() { return current; }

    public String heading() { return title.getText(); }

    /** The canvas drawing what is shown now. */
    TopologyCanvas canvas() { return canvas; }

    /** The copy of the plan (or of one root's subtree) shown now. */
    Topology shown() { return shown; }

    public void showWholePlan() { show(WHOLE_PLAN); }

    /** Next root, wrapping from the last root to the whole plan. */
    public void next() { show(step(+1)); }

    public void previous() { show(step(-1)); }

    private int step(int delta) {
        int slots = document.topology().roots().size() + 1;
        return Math.floorMod(current + 1 + delta, slots) - 1;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, KP_RIGHT -> next();
            case LEFT, PAGE_UP, KP_LEFT -> previous();
            case HOME -> showWholePlan();
            case ESCAPE -> { } // closes when released: closing on the press leaves its release without a window
            default -> { return; }
        }
        e.consume();
    }

    private void show(int index) {
        List<Server> roots = document.topology().roots();
        current = index >= roots.size() ? WHOLE_PLAN : index;
        if (current == WHOLE_PLAN) {
            String plan = document.topology().getName();
            title.setText("Whole plan" + (plan == null || plan.isBlank() ? "" : ": " + plan) + "  ("
                    + document.topology().size() + " servers, " + roots.size() + (roots.size() == 1 ? " root)" : " roots)"));
            draw(document.topology().servers());
            summary.show(document.findings(), document.topology().servers());
        } else {
            Server root = roots.get(current);
            List<Server> subtree = document.topology().subtree(root);
            title.setText("Root " + (current + 1) + " of " + roots.size() + ": " + root.label() + "  ("
                    + subtree.size() + (subtree.size() == 1 ? " server)" : " servers)"));
            draw(subtree);
            summary.show(document.findings(), subtree);
        }
    }

    private void rebuild() { show(current); }

    /** Draws just {@code servers}, laid out on their own, with a fresh read-only canvas. */
    private void draw(List<Server> servers) {
        shown = PresentedPart.of(document.topology(), servers, PresentationStage::layout);
        canvas = TopologyCanvas.readOnly(new Document(shown, null));
        diagramArea.getChildren().setAll(canvas);
    }

    /** The layout of what is shown: the one place to give it the screen's shape. */
    private static LayoutResult layout(Topology part) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        return new TreeLayout().layout(part, screen.getWidth() / screen.getHeight());
    }
}
