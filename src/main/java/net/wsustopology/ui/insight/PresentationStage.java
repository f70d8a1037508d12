package net.wsustopology.ui.insight;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import net.wsustopology.ui.common.SyncDuration;
import net.wsustopology.document.Document;
import net.wsustopology.insight.Slide;
import net.wsustopology.insight.SlideDeck;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.common.PlanDrawing;
import net.wsustopology.ui.common.ReadOnlyPlanView;
import net.wsustopology.ui.common.Stylesheets;

/**
 * Full-screen, read-only presentation of the plan as slides ({@link SlideDeck}): diagram slides
 * drawn by the editor's own canvas (read-only, through the {@link PlanDrawing} the window hands
 * over) so the cards look as they do there and in the exports, then the findings in words and
 * the insight views. The keys are a presenter remote's
 * ({@link ClickerKeys}); a click on the slide advances. It follows edits made meanwhile in the editor.
 */
public final class PresentationStage extends Stage {
    private final Document document;
    private final PlanDrawing drawing;
    private final Rectangle2D screen;
    private final StackPane slideArea = new StackPane();
    private final Region cover = new Region();
    private final PresentationPanel panel;
    private final Label title = new Label();
    private final Label number = new Label();
    private final LiveRefresh live;
    private SlideDeck deck;
    private SlideContent content;
    private int current;
    private SyncDuration syncDuration = new SyncDuration();
    /** Escape backed out of a zoom on its press, so its release must not close the show. */
    private boolean escapeUsed;

    /** Uses the light theme and the primary screen; starts at the whole plan. */
    public PresentationStage(Document document, PlanDrawing drawing) {
        this(document, drawing, Stylesheets.stylesheets(false), Screen.getPrimary().getBounds());
    }

    /**
     * {@code themeStylesheets}: the editor scene's stylesheets (tokens, theme and canvas), so the
     * cards match; {@code screen}: the screen it is shown on, whose shape the slides are laid out
     * for and whose size the text follows. It starts at the slide of the selected server.
     */
    public PresentationStage(Document document, PlanDrawing drawing, List<String> themeStylesheets, Rectangle2D screen) {
        this.document = document;
        this.drawing = drawing;
        this.screen = screen;
        panel = new PresentationPanel(drawing.legend());
        title.getStyleClass().add("presentation-title");
        title.setWrapText(true);
        number.getStyleClass().add("presentation-number");
        number.setId("slide-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Space → next   ← back   Home End   B W: black, white   + −: zoom   L: panel   Esc: close");
        hint.getStyleClass().add("presentation-hint");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        VBox header = new VBox(2, new HBox(16, title, number), hint);
        header.getStyleClass().add("presentation-header");

        slideArea.getStyleClass().add("presentation-diagram");
        slideArea.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        BorderPane layout = new BorderPane(slideArea);
        layout.setTop(header);
        layout.setRight(panel);
        layout.getStyleClass().addAll("insight-view", "presentation", screenSizeClass(screen.getHeight()));
        InsightStyles.attach(layout);
        cover.getStyleClass().add("presentation-cover");
        cover.setVisible(false);
        StackPane root = new StackPane(layout, cover);

        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(themeStylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (ClickerKeys.isEscape(e) && !escapeUsed) close();
        });
        setScene(scene);
        setTitle("Presentation: " + document.displayName());
        setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        setFullScreenExitHint("");

        // the slide area's size decides how big a region reads on one slide
        root.resize(screen.getWidth(), screen.getHeight());
        root.applyCss();
        root.layout();
        deck = deckForThisScreen();
        current = deck.startAt(document.selection().single());
        live = new LiveRefresh(document, LiveRefresh.ANY_SETTING, true, this::rebuild);
        setOnHidden(e -> {
            live.detach();
            if (content != null) content.dispose();
        });
        show(current);
    }

    /** The style class that sizes the text for the screen: a projector's 768 lines read at 14 px, 1080 at 17. */
    static String screenSizeClass(double height) {
        if (height < 900) return "screen-small";
        return height < 1300 ? "screen-medium" : "screen-large";
    }

    /** The editor window's assumed sync duration, so the sync propagation slide shows the delays its tab shows. */
    public void useSyncDuration(SyncDuration duration) { this.syncDuration = duration; }

    /** Shows the stage full screen. */
    public void present() {
        show();
        setFullScreen(true);
        toFront();
    }

    /** The index of the slide shown. */
    public int current() { return current; }

    public SlideDeck deck() { return deck; }

    public String heading() { return title.getText(); }

    /** The slide number shown, "3 / 17". */
    public String slideNumber() { return number.getText(); }

    /** The canvas of the diagram slide shown, else null. */
    ReadOnlyPlanView canvas() { return content.canvas(); }

    /** The copy of the plan (or of one part) a diagram slide shows, else null. */
    Topology shown() { return content.shown(); }

    /** True while B or W has covered the screen. */
    public boolean isCovered() { return cover.isVisible(); }

    public boolean isPanelShown() { return panel.isVisible(); }

    /** What L does: the side panel shown or hidden, the slide taking its room. */
    public void setPanelShown(boolean shown) { panel.setVisible(shown); }

    public void next() { show(Math.min(deck.size() - 1, current + 1)); }

    public void previous() { show(Math.max(0, current - 1)); }

    private void onKey(KeyEvent e) {
        ClickerKeys.Action action = ClickerKeys.of(e);
        escapeUsed = false;
        if (action == null) return;
        e.consume();
        if (isCovered() && action != ClickerKeys.Action.ESCAPE) {
            boolean same = action == ClickerKeys.Action.BLACK && cover.getStyleClass().contains("black")
                    || action == ClickerKeys.Action.WHITE && cover.getStyleClass().contains("white");
            cover.setVisible(false); // any key brings the slide back, as in PowerPoint
            if (same || action != ClickerKeys.Action.BLACK && action != ClickerKeys.Action.WHITE) return;
        }
        switch (action) {
            case NEXT -> next();
            case PREVIOUS -> previous();
            case FIRST -> show(0);
            case LAST -> show(deck.size() - 1);
            case BLACK -> coverWith("black");
            case WHITE -> coverWith("white");
            case ZOOM_IN -> { if (canvas() != null) canvas().zoomIn(); }
            case ZOOM_OUT -> { if (canvas() != null) canvas().zoomOut(); }
            case PANEL -> setPanelShown(!isPanelShown());
            case ESCAPE -> escape();
        }
    }

    private void coverWith(String colour) {
        cover.getStyleClass().removeAll("black", "white");
        cover.getStyleClass().add(colour);
        cover.setVisible(true);
    }

    /** Escape leaves a blank screen, then a zoom, and only then the show (closing on its release). */
    private void escape() {
        if (isCovered()) {
            cover.setVisible(false);
            escapeUsed = true;
        } else if (canvas() != null && canvas().isZoomedIn()) {
            canvas().showWhole();
            escapeUsed = true;
        }
    }

    /** A click on the slide advances, except on a card (a double-click zooms into it) or on a button or field of an insight view. */
    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || !e.isStillSincePress()) return;
        for (Node at = e.getPickResult().getIntersectedNode(); at != null && at != slideArea; at = at.getParent()) {
            if (at.getStyleClass().contains("server-node") || isInput(at)) return;
        }
        next();
    }

    private static boolean isInput(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof Spinner
                || n instanceof Slider || n instanceof ScrollBar;
    }

    private void show(int index) {
        current = Math.max(0, Math.min(deck.size() - 1, index));
        Slide slide = deck.get(current);
        if (content != null) content.dispose();
        content = SlideContent.of(slide, document, drawing, screen.getWidth() / screen.getHeight(), syncDuration);
        slideArea.getChildren().setAll(content.node());
        title.setText(slide.title());
        number.setText(deck.number(current));
        panel.show(document.findings(), slide.members());
    }

    /** After an edit: the slides again (a region may have come or gone), on the same slide where it still exists. */
    private SlideDeck deckForThisScreen() {
        double width = slideArea.getWidth() > 0 ? slideArea.getWidth() : screen.getWidth();
        double height = slideArea.getHeight() > 0 ? slideArea.getHeight() : screen.getHeight();
        Topology plan = document.topology();
        return SlideDeck.of(plan, drawn -> SlideContent.crowding(plan, drawn, screen.getWidth() / screen.getHeight(), width, height));
    }

    private void rebuild() {
        deck = deckForThisScreen();
        show(current);
    }
}
