package net.wsustopology.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.model.TopologyListener;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.fix.QuickFixer;
import net.wsustopology.ui.fix.StaggerDialog;
import net.wsustopology.ui.insight.InsightTabs;
import net.wsustopology.ui.insight.PresentationStage;
import net.wsustopology.ui.insight.SyncDuration;
import net.wsustopology.ui.insight.SyncHeatMap;
import net.wsustopology.ui.inspector.InspectorPane;
import net.wsustopology.ui.issues.IssuesPane;

/**
 * One editor window on one plan: menus and toolbar on top, the palette left of the canvas, the
 * inspector on the right, the issues list and planning insights in tabs below and the status bar
 * at the bottom.
 */
public final class EditorWindow {
    private static final String APP = "WSUS Topology Editor";
    private static final double INSIGHT_DIVIDER = 0.6;

    private final Stage stage;
    private final Document document;
    private final TopologyCanvas canvas;
    private final EditorStatusBar status;
    private final EditorActions actions;
    private final EditorToolbar toolbar;
    private final InspectorPane inspector;
    private final QuickFixer quickFixer;
    private final InsightTabs bottomTabs;
    private final SyncDuration syncDuration = new SyncDuration();
    private final SyncHeatMap heatMap;
    private PresentationStage presentation;
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane issuesSplit = new SplitPane();
    private final WindowPrefs prefs = new WindowPrefs();
    private final BooleanProperty dark = new SimpleBooleanProperty(prefs.dark());
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(prefs.inspector());
    private final BooleanProperty issuesShown = new SimpleBooleanProperty(prefs.issues());
    private final Runnable newPlan;
    private final MenuBar menuBar;
    private double mainDivider = prefs.mainDivider();
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
        toolbar = new EditorToolbar(document, canvas, actions, status);
        inspector = new InspectorPane(document, syncDuration);
        IssuesPane issues = new IssuesPane(document, canvas::reveal);
        bottomTabs = new InsightTabs(document, issues, canvas::reveal, syncDuration);
        quickFixer = new QuickFixer(document, status, this::openInspectorField, () -> stage, syncDuration::minutes);
        issues.useFixes(f -> quickFixer.menuItems(List.of(f), true));
        inspector.useFixes(f -> quickFixer.menuItems(List.of(f), false));
        canvas.setFixes(s -> quickFixer.menuItems(document.findings().of(s.id()), false));
        heatMap = new SyncHeatMap(document, canvas.cardMarks(), syncDuration);
        heatMap.shownProperty().addListener((o, a, on) -> status.show(on
                ? "Sync delay heat map: green is the fastest server, red the slowest or manual (see Sync propagation)"
                : "Sync delay heat map off"));
        canvas.legendVisibleProperty().set(prefs.legend());

        BorderPane canvasArea = new BorderPane(canvas);
        canvasArea.setLeft(new Palette());
        mainSplit.getItems().add(canvasArea);
        issuesSplit.setOrientation(Orientation.VERTICAL);
        issuesSplit.getItems().add(mainSplit);
        bottomTabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> roomForInsights());
        inspectorShown.addListener((o, a, b) -> showSide());
        issuesShown.addListener((o, a, b) -> showSide());
        showSide();

        menuBar = new EditorMenus(this).build();
        BorderPane root = new BorderPane(issuesSplit);
        root.getStyleClass().add("editor-root");
        root.setTop(new VBox(menuBar, toolbar));
        root.setBottom(status);

        Scene scene = new Scene(root, prefs.width(), prefs.height());
        Theme.apply(scene.getStylesheets(), dark.get());
        dark.addListener((o, a, b) -> Theme.apply(scene.getStylesheets(), b));
        actions.attach(scene);
        stage.setScene(scene);
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

    /** The File menu, so file commands (Open, Save...) can be added where they belong. */
    public Menu fileMenu() { return menuBar.getMenus().get(0); }

    public MenuBar menuBar() { return menuBar; }

    public void show() {
        stage.show();
        canvas.requestFocus();
    }

    public BooleanProperty darkProperty() { return dark; }
    BooleanProperty inspectorShownProperty() { return inspectorShown; }
    BooleanProperty issuesShownProperty() { return issuesShown; }
    BooleanProperty heatMapShownProperty() { return heatMap.shownProperty(); }

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

    /** Shows the bottom area (if hidden) with tab {@code index} of {@link InsightTabs} in front. */
    public void showBottomTab(int index) {
        issuesShown.set(true);
        bottomTabs.showTab(index);
    }

    /** View > Presentation Mode: the plan full screen in the window's theme; one at a time. */
    public PresentationStage presentation() {
        if (presentation == null || !presentation.isShowing()) {
            presentation = new PresentationStage(document, stage.getScene().getStylesheets());
            presentation.initOwner(stage);
        }
        presentation.present();
        return presentation;
    }
    Runnable newPlanAction() { return newPlan; }
    EditorToolbar toolbar() { return toolbar; }

    /** Adds or removes the inspector and issues panes, keeping the dividers where the user left them. */
    private void showSide() {
        captureDividers();
        if (inspectorShown.get() && !mainSplit.getItems().contains(inspector)) mainSplit.getItems().add(inspector);
        if (!inspectorShown.get()) mainSplit.getItems().remove(inspector);
        if (issuesShown.get() && !issuesSplit.getItems().contains(bottomTabs)) issuesSplit.getItems().add(bottomTabs);
        if (!issuesShown.get()) issuesSplit.getItems().remove(bottomTabs);
        if (mainSplit.getItems().size() > 1) mainSplit.setDividerPositions(mainDivider);
        if (issuesSplit.getItems().size() > 1) issuesSplit.setDividerPositions(issuesDivider);
    }

    /** An insight view needs more than the few rows that suit the issues list: at least 40 % of the height. */
    private void roomForInsights() {
        if (bottomTabs.getSelectionModel().getSelectedIndex() == InsightTabs.ISSUES) return;
        if (issuesSplit.getDividers().size() > 0 && issuesSplit.getDividerPositions()[0] > INSIGHT_DIVIDER) {
            issuesSplit.setDividerPositions(INSIGHT_DIVIDER);
        }
    }

    private void captureDividers() {
        if (mainSplit.getDividers().size() > 0) mainDivider = mainSplit.getDividerPositions()[0];
        if (issuesSplit.getDividers().size() > 0) issuesDivider = issuesSplit.getDividerPositions()[0];
    }

    /** Saves window size, dividers and view toggles for the next start. */
    void rememberLayout() {
        captureDividers();
        prefs.saveSize(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        prefs.saveDividers(mainDivider, issuesDivider);
        prefs.saveToggles(dark.get(), canvas.legendVisibleProperty().get(), inspectorShown.get(), issuesShown.get());
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
