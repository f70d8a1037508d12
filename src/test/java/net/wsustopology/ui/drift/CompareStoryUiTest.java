package net.wsustopology.ui.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.wsustopology.app.EditorApp;
import net.wsustopology.diagram.ActualLinkPath;
import net.wsustopology.diff.DiffFixtures;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.document.Document;
import net.wsustopology.document.Workspace;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.ui.canvas.CardMarks;
import net.wsustopology.ui.canvas.TopologyCanvas;
import net.wsustopology.ui.common.FileDialogs;
import net.wsustopology.ui.shell.EditorWindow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 27 as a user meets it: the three-region sample compared with a collected file with nine
 * differences. Actual links, a mark per kind of drift, every card reachable, Adopt into Plan, the
 * Drift tab in the console's words, and File > Export Drift Report….
 */
class CompareStoryUiTest extends ApplicationTest {
    @TempDir static Path tmp;
    private static final Deque<Path> answers = new ArrayDeque<>();
    private EditorApp app;

    private static final class QueuedDialogs extends FileDialogs {
        @Override public Path chooseOpen(Window owner) { return answers.poll(); }

        @Override public Path chooseExport(Window owner, String suggestedName, List<String> extensions, String selected) {
            return answers.poll();
        }
    }

    @BeforeAll
    static void fakeChoosers() { FileDialogs.useForAllWindows(new QueuedDialogs()); }

    @BeforeEach
    void keepToolkitWhenTheLastWindowCloses() { Platform.setImplicitExit(false); }

    @Override public void start(Stage stage) throws Exception {
        Path plan = Files.createTempFile(tmp, "three-region", ".wsus.json");
        Files.copy(DiffFixtures.THREE_REGION, plan, StandardCopyOption.REPLACE_EXISTING);
        app = new EditorApp();
        app.start(stage, new Workspace(Files.createTempDirectory(tmp, "appdata")), List.of(plan.toString()));
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @AfterEach
    void closeWindows() throws Exception {
        answers.clear();
        FxToolkit.cleanupStages();
    }

    private EditorWindow window() { return app.windows().get(0); }
    private TopologyCanvas canvas() { return window().canvas(); }
    private Document document() { return app.sessionOf(window()).document(); }
    private Server planned(String id) { return document().topology().server(id); }
    private CardMarks marks() { return canvas().cardMarks(); }
    private DriftView view() { return lookup("#drift-view").queryAs(DriftView.class); }

    private Difference row(String host) {
        for (Difference d : view().shown()) if (d.serverName().startsWith(host + ".")) return d;
        throw new AssertionError("no row for " + host + " in " + view().shown());
    }

    private void compare() {
        answers.add(DiffFixtures.THREE_REGION_COLLECTED.toAbsolutePath());
        clickOn("File").clickOn("Compare With…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMovedServerShowsItsActualLinkAndTheLegendExplainsIt() {
        compare();
        List<ActualLinkPath> links = canvas().extraLinks().shown();
        Position got = canvas().positionOf(planned("eu-got"));
        Position sto = canvas().positionOf(planned("eu-sto"));
        assertTrue(links.stream().anyMatch(p -> p.x1() == sto.x() && p.x2() == got.x() + ActualLinkPath.END_OFFSET),
                "an actual link from wsus-sto01 into wsus-got01: " + links);
        assertFalse(lookup(".edge-actual").queryAll().isEmpty(), "drawn as a dashed curve of its own style");
        assertTrue(canvas().legendVisibleProperty().get(), "the legend appears with the comparison");
        assertTrue(lookup(".legend-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Deployed link")), "the legend explains the actual link");
        assertTrue(lookup(".legend-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(DriftKind.UNREACHABLE.words())), "and every kind of drift");

        clickOn("View").clickOn("Clear Comparison");
        assertTrue(canvas().extraLinks().shown().isEmpty());
        assertTrue(lookup(".edge-actual").queryAll().isEmpty());
        assertFalse(lookup(".legend-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(DriftKind.UNREACHABLE.words())), "the compare key goes with the comparison");
    }

    @Test
    void everyKindOfDriftHasItsOwnMarkOverTheCardsKind() {
        compare();
        assertEquals("drift-moved", marks().markOf(planned("eu-got")));
        assertEquals("drift-unreachable", marks().markOf(planned("ap-osa")));
        assertEquals("drift-failed-sync", marks().markOf(planned("eu-par")));
        assertEquals("drift-planned-only", marks().markOf(planned("ap-akl")));
        assertEquals("drift-setting-differs", marks().markOf(planned("na-nyc")));
        assertEquals("drift-same", marks().markOf(planned("hq")));
        assertEquals(DriftKind.FAILED_SYNC.mark(), marks().glyphOf(planned("eu-par")));
        assertEquals(DriftKind.MOVED.mark(), marks().glyphOf(planned("eu-got")));
        assertTrue(marks().noteOf(planned("ap-osa")).contains("Unreachable when collected"), marks().noteOf(planned("ap-osa")));
        interact(() -> canvas().reveal(planned("eu-par")));
        assertTrue(canvas().nodeHasStyleClass(planned("eu-par"), "role-replica"), "a replica stays a replica under its mark");
        assertTrue(canvas().nodeHasStyleClass(planned("eu-par"), "drift-failed-sync"));
        interact(() -> canvas().reveal(planned("hq")));
        assertTrue(canvas().nodeHasStyleClass(planned("hq"), "role-root"), "the root keeps its bar");
    }

    @Test
    void fitReachesTheDeployedOnlyCardAndChoosingItsRowCentresIt() {
        compare();
        Server lab = canvas().extraCards().servers().get(0);
        interact(() -> canvas().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wholeInView(lookup(".server-node." + DeployedOnlyCards.MARK).query()), "Fit shows the whole + card");

        interact(() -> {
            canvas().zoomToActualSize();
            lookup(".canvas-scroll").queryAs(ScrollPane.class).setVvalue(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wholeInView(lookup(".server-node." + DeployedOnlyCards.MARK).query()), "at 100 % from the top it starts out of view");
        interact(() -> view().choose(row("wsus-lab01")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lab, canvas().extraCards().selected(), "choosing its row selects the + card");
        assertTrue(lookup(".server-node." + DeployedOnlyCards.MARK).query().getStyleClass().contains("selected"));
        interact(() -> document().selection().select(planned("hq")));
        assertNull(canvas().extraCards().selected(), "selecting a planned server un-chooses the + card");
        interact(() -> view().choose(row("wsus-lab01")));
        assertEquals(lab, canvas().extraCards().selected());
        assertTrue(wholeInView(lookup(".server-node." + DeployedOnlyCards.MARK).query()), "and scrolls it into view");

        interact(() -> view().choose(row("wsus-osa01")));
        assertNull(canvas().extraCards().selected(), "one chosen card at a time");
        assertEquals(List.of(planned("ap-osa")), document().selection().asList(), "a planned server's row selects its card");
    }

    @Test
    void adoptIntoPlanAddsTheDeployedServerUnderItsDeployedUpstreamAsOneUndoStep() {
        compare();
        interact(() -> view().choose(row("wsus-nyc01")));
        assertTrue(lookup("#drift-adopt").queryButton().isDisabled(), "only a server only deployed can be adopted");
        interact(() -> view().choose(row("wsus-lab01")));
        assertTrue(lookup("#drift-take").queryButton().isDisabled());
        clickOn("#drift-adopt");
        Server lab = document().topology().servers().stream().filter(s -> s.getName().startsWith("wsus-lab01.")).findFirst().orElseThrow();
        assertEquals("eu-lon", lab.getUpstreamId(), "under its deployed upstream");
        assertTrue(lab.isUseSsl() == false && lab.getSourcePort() == 8530, "with its deployed settings");
        assertEquals(8, view().shown().size(), "its row goes away");
        assertTrue(canvas().extraCards().servers().isEmpty(), "and its + card: it is a planned card now");
        assertEquals("Adopt wsus-lab01.eu.corp.contoso.com into the plan", document().commands().undoLabel());

        interact(() -> document().commands().undo());
        assertNull(document().topology().server(lab.id()));
        assertEquals(9, view().shown().size());
        assertEquals(1, canvas().extraCards().servers().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDriftTabGroupsByServerInTheConsolesWords() {
        compare();
        TreeTableView<DriftRow> table = lookup("#drift-table").queryAs(TreeTableView.class);
        List<TreeItem<DriftRow>> servers = table.getRoot().getChildren();
        assertEquals(9, servers.size(), "one group per server");
        DriftRow nyc = servers.get(0).getValue();
        assertEquals("wsus-nyc01.na.corp.contoso.com (1)", nyc.text());
        DriftRow port = servers.get(0).getChildren().get(0).getValue();
        assertEquals("Update Source: port: planned 8530, actual 8531", port.text());
        assertEquals("updateSource.port", port.path(), "the path stays in a column for search");
        assertTrue(port.tooltip().contains("In the file: updateSource.port"));
        assertTrue(lookup(".drift-row-badge").queryAll().stream().anyMatch(n -> n.getUserData() == DriftKind.MOVED),
                "the kind is the row's icon");
        assertEquals("9 differences on 9 servers from three-region-collected.wsus.json", lookup("#drift-counts").queryAs(Label.class).getText());
        clickOn("#drift-filter").write("updateSource.port");
        assertEquals(List.of(row("wsus-nyc01")), view().shown(), "the filter finds a row by its path");
    }

    @Test
    void fileExportDriftReportWritesThePdfWhileComparing() throws Exception {
        assertTrue(driftReportItem().isDisable(), "only while comparing");
        compare();
        assertFalse(driftReportItem().isDisable());
        Path pdf = tmp.resolve("drift.pdf");
        answers.add(pdf);
        clickOn("File").clickOn("Export Drift Report…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Drift report: Contoso global WSUS hierarchy"), text);
            assertTrue(text.contains("Moved: deployed under wsus-sto01.eu.corp.contoso.com"), text);
        }
    }

    private MenuItem driftReportItem() {
        return window().fileMenu().getItems().stream().filter(i -> "Export _Drift Report…".equals(i.getText())).findFirst().orElseThrow();
    }

    private boolean wholeInView(Node card) {
        ScrollPane scroll = lookup(".canvas-scroll").queryAs(ScrollPane.class);
        Point2D corner = scroll.localToScreen(0, 0);
        assertNotNull(corner);
        Bounds view = new BoundingBox(corner.getX(), corner.getY(), scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight());
        Bounds b = card.localToScreen(card.getBoundsInLocal());
        return view.contains(b.getMinX(), b.getMinY()) && view.contains(b.getMaxX() - 1, b.getMaxY() - 1);
    }
}
