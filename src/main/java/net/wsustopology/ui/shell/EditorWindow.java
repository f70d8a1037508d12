package net.wsustopology.ui.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.ui.canvas.CanvasDrawing;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.common.StatusMessages;
import net.wsustopology.ui.common.Stylesheets;
import net.wsustopology.ui.common.SyncDuration;
import net.wsustopology.ui.drift.DriftOverlay;
import net.wsustopology.ui.fix.QuickFixer;
import net.wsustopology.ui.fix.StaggerDialog;
import net.wsustopology.ui.insight.InsightTabs;
import net.wsustopology.ui.insight.PresentationStage;
import net.wsustopology.ui.insight.SyncHeatMap;
import net.wsustopology.ui.inspector.InspectorPane;
import net.wsustopology.ui.issues.IssuesPane;

/**
 * One editor window on one plan: menus and toolbar (with the palette) on top, the canvas, the
 * inspector on the right, the issues list and planning insights in a dock of tabs below (collapsed
 * to its tabs until wanted) and the status bar at the bottom.
 */
public final class EditorWindow {
    private static final String APP = "WSUS Topology Editor";
    private static final double INSIGHT_DIVIDER = 0.6;
    /** A collapsed dock's height before its skin can say how tall its tabs are. */
    private static final double COLLAPSED_DOCK_HEIGHT = 29;

    private final Stage stage;
    private final Document document;
    private final TopologyCanvas canvas;
    private final EditorStatusBar status;
    private final EditorActions actions;
    private final EditorToolbar toolbar;
    private final InspectorPane inspector;
    private final InspectorWidth inspectorWidth;
    private final QuickFixer quickFixer;
    private final InsightTabs bottomTabs;
    private final SyncDuration syncDuration = new SyncDuration();
    private final SyncHeatMap heatMap;
    private final DriftOverlay drift;
    private PresentationStage presentation;
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane issuesSplit = new SplitPane();
    private final WindowPrefs prefs = new WindowPrefs();
    private final BooleanProperty dark = new SimpleBooleanProperty(prefs.dark());
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(prefs.inspector());
    private final BooleanProperty dockExpanded = new SimpleBooleanProperty(prefs.dockExpanded());
    private final VBox bottom = new VBox();
    private boolean legendUnfoldedForHeatMap;
    private final Runnable newPlan;
    private final MenuBar menuBar;
    private double issuesDivider = prefs.issuesDivider();

    /** {@code newPlan} opens another window on a new plan (File > New). */
    public EditorWindow(Stage stage, Document document, Runnable newPlan) {
        this.stage = stage;
        this.document = document;
        this.newPlan = newPlan;
        canvas = new TopologyCanvas(document);
        status = new EditorStatusBar(document, canvas);
        canvas.setMessageSink(status::show);
        actions = new EditorActions(document, canvas, status);
        canvas.setPasteAsDownstream(actions::pasteAsDownstreamOf);
        toolbar = new EditorToolbar(document, canvas, actions, status, dockExpanded);
        inspector = new InspectorPane(document, syncDuration);
        inspectorWidth = new InspectorWidth(mainSplit, inspector, prefs);
        IssuesPane issues = new IssuesPane(document, canvas::reveal);
        bottomTabs = new InsightTabs(document, issues, canvas::reveal, syncDuration);
        quickFixer = new QuickFixer(document, status, this::openInspectorField, () -> stage, syncDuration::minutes);
        issues.useFixes(f -> quickFixer.menuItems(List.of(f), true), quickFixer::whyNoFix);
        inspector.useFixes(f -> quickFixer.menuItems(List.of(f), false), quickFixer::whyNoFix);
        canvas.setFixes(s -> quickFixer.menuItems(document.findings().of(s.id()), false));
        heatMap = new SyncHeatMap(document, canvas.cardMarks(), syncDuration);
        heatMap.shownProperty().addListener((o, a, on) -> status.show(on
                ? "Sync delay heat map: green is the fastest server, red the slowest or manual (see Sync propagation)"
                : "Sync delay heat map off"));
        heatMap.shownProperty().addListener((o, a, on) -> unfoldLegendWhileHeatMapShows(on));
        canvas.legendVisibleProperty().set(prefs.legendUnfolded());
        canvas.overviewShownProperty().set(prefs.overview());
        drift = new DriftOverlay(document, canvas, bottomTabs);
        drift.activeProperty().addListener((o, was, on) -> {
            if (on) heatMap.shownProperty().set(false);
        });

        mainSplit.getItems().add(canvas);
        issuesSplit.setOrientation(Orientation.VERTICAL);
        issuesSplit.getItems().add(mainSplit);
        bottomTabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            dockExpanded.set(true);
            roomForInsights();
        });
        bottomTabs.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dockExpanded.set(true));
        inspectorShown.addListener((o, a, b) -> showSide());
        dockExpanded.addListener((o, a, b) -> showSide());
        bottom.getChildren().add(status);
        showSide();

        menuBar = new EditorMenus(this).build();
        BorderPane root = new BorderPane(issuesSplit);
        root.getStyleClass().add("editor-root");
        root.setTop(new VBox(menuBar, toolbar));
        root.setBottom(bottom);

        Scene scene = new Scene(root, prefs.width(), prefs.height());
        Stylesheets.apply(scene.getStylesheets(), dark.get());
        dark.addListener((o, a, b) -> Stylesheets.apply(scene.getStylesheets(), b));
        actions.attach(scene);
        stage.setScene(scene);
        WindowPlacement.fit(stage, prefs.width(), prefs.height());
        AppIcon.addTo(stage);
        stage.setMaximized(prefs.maximized());
        stage.setOnHiding(e -> {
            rememberLayout();
            bottomTabs.dispose();
            heatMap.shownProperty().set(false);
        });
        watchTitle();
    }

    public Stage stage() { return stage; }
    public Document document() { return document; }
    public TopologyCanvas canvas() { return canvas; }
    public EditorActions actions() { return actions; }
    public StatusMessages messages() { return status; }

    /** File > Compare With… and View > Clear Comparison. */
    public DriftOverlay drift() { return drift; }

    /** The File menu, so file commands (Open, Save...) can be added where they belong. */
    public Menu fileMenu() { return menuBar.getMenus().get(0); }

    public MenuBar menuBar() { return menuBar; }

    public void show() {
        stage.show();
        canvas.requestFocus();
    }

    public BooleanProperty darkProperty() { return dark; }
    BooleanProperty inspectorShownProperty() { return inspectorShown; }
    /** True while the issues and insights dock is expanded; collapsed, only its tabs show. */
    public BooleanProperty dockExpandedProperty() { return dockExpanded; }
    public BooleanProperty heatMapShownProperty() { return heatMap.shownProperty(); }

    /** Applies the quick fixes of findings wherever they are shown. */
    public QuickFixer quickFixer() { return quickFixer; }

    /** Arrange > Stagger Schedules. */
    void staggerSchedules() { new StaggerDialog(document, status, syncDuration.minutes()).show(stage); }

    private void openInspectorField(String fieldId) {
        inspectorShown.set(true);
        inspector.focusField(fieldId);
    }

    /** The bottom tabs: issues, language coverage, sync propagation, capacity. */
    public InsightTabs bottomTabs() { return bottomTabs; }

    /** Expands the bottom dock (if collapsed) with tab {@code index} of {@link InsightTabs} in front. */
    public void showBottomTab(int index) {
        dockExpanded.set(true);
        bottomTabs.showTab(index);
    }

    /** View > Presentation Mode: the plan full screen in the window's theme, on the window's screen; one at a time. */
    public PresentationStage presentation() {
        if (presentation == null || !presentation.isShowing()) {
            Screen screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                    .stream().findFirst().orElse(Screen.getPrimary());
            presentation = new PresentationStage(document, new CanvasDrawing(), stage.getScene().getStylesheets(),
                    screen.getBounds());
            presentation.initOwner(stage);
            presentation.useSyncDuration(syncDuration);
            presentation.setX(screen.getBounds().getMinX());
            presentation.setY(screen.getBounds().getMinY());
        }
        presentation.present();
        return presentation;
    }
    Runnable newPlanAction() { return newPlan; }
    EditorToolbar toolbar() { return toolbar; }

    /**
     * Adds or removes the inspector, and expands or collapses the bottom dock, keeping the dividers
     * where the user left them. A collapsed dock leaves the split and keeps only its row of tabs
     * above the status bar; clicking a tab expands it again.
     */
    private void showSide() {
        captureDividers();
        if (inspectorShown.get() && !mainSplit.getItems().contains(inspector)) mainSplit.getItems().add(inspector);
        if (!inspectorShown.get()) mainSplit.getItems().remove(inspector);
        if (dockExpanded.get() && !issuesSplit.getItems().contains(bottomTabs)) {
            bottom.getChildren().remove(bottomTabs);
            bottomTabs.getStyleClass().remove("dock-collapsed");
            bottomTabs.setMaxHeight(Region.USE_COMPUTED_SIZE);
            issuesSplit.getItems().add(bottomTabs);
        } else if (!dockExpanded.get() && !bottom.getChildren().contains(bottomTabs)) {
            issuesSplit.getItems().remove(bottomTabs);
            bottomTabs.getStyleClass().add("dock-collapsed");
            bottomTabs.setMaxHeight(tabRowHeight());
            bottom.getChildren().add(0, bottomTabs);
        }
        inspectorWidth.apply();
        if (issuesSplit.getItems().size() > 1) issuesSplit.setDividerPositions(issuesDivider);
    }

    /** The heat map's key is in the legend, so the legend unfolds with it and folds again after, if it was folded. */
    private void unfoldLegendWhileHeatMapShows(boolean on) {
        BooleanProperty legend = canvas.legendVisibleProperty();
        if (on && !legend.get()) {
            legendUnfoldedForHeatMap = true;
            legend.set(true);
        } else if (!on && legendUnfoldedForHeatMap) {
            legendUnfoldedForHeatMap = false;
            legend.set(false);
        }
    }

    /** Height of the dock's row of tabs, all a collapsed dock shows. */
    private double tabRowHeight() {
        Node header = bottomTabs.lookup(".tab-header-area");
        double h = header == null ? 0 : header.prefHeight(-1);
        return h > 0 ? h : COLLAPSED_DOCK_HEIGHT;
    }

    /** An insight view needs more than the few rows that suit the issues list: at least 40 % of the height. */
    private void roomForInsights() {
        if (bottomTabs.getSelectionModel().getSelectedIndex() == InsightTabs.ISSUES) return;
        if (issuesSplit.getDividers().size() > 0 && issuesSplit.getDividerPositions()[0] > INSIGHT_DIVIDER) {
            issuesSplit.setDividerPositions(INSIGHT_DIVIDER);
        }
    }

    private void captureDividers() {
        if (issuesSplit.getDividers().size() > 0) issuesDivider = issuesSplit.getDividerPositions()[0];
    }

    /** Saves window size, dividers and view toggles for the next start. */
    void rememberLayout() {
        captureDividers();
        prefs.saveSize(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        prefs.saveIssuesDivider(issuesDivider);
        prefs.saveToggles(dark.get(), canvas.legendVisibleProperty().get(), inspectorShown.get(), dockExpanded.get(),
                canvas.overviewShownProperty().get());
    }

    private void watchTitle() {
        document.commands().addListener(stack -> refreshTitle());
        document.addFileListener(d -> refreshTitle());
        document.topology().addListener(new TopologyListener() {
            @Override public void planChanged(String property) { refreshTitle(); }
        });
        refreshTitle();
    }

    private void refreshTitle() { stage.setTitle(title(document)); }

    /** "plan name — file name • — WSUS Topology Editor" (the dot only with unsaved changes). */
    public static String title(Document document) {
        String plan = document.topology().getName();
        String file = document.displayName() + (document.isDirty() ? " •" : "");
        return (plan == null || plan.isBlank() ? "" : plan + " — ") + file + " — " + APP;
    }
}
