package net.wsustopology.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.LinkFace;
import net.wsustopology.diagram.LinkRoute;
import net.wsustopology.export.DiagramRenderer;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.SvgExporter;
import net.wsustopology.export.TokenColours;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.DemoPlans;
import net.wsustopology.ui.shell.EditorWindow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The canvas and the exports draw the links of one diagram scene alike: the same route (right
 * angles through a bus above the row), the same arrow head and label place, dashes into every
 * replica and green over SSL in both.
 */
class CanvasExportLinksUiTest extends ApplicationTest {
    private static final Pattern STYLE = Pattern.compile("stroke:rgb\\((\\d+),(\\d+),(\\d+)\\)");
    private Topology topology;
    private EditorWindow window;
    private Stage stage;

    @Override public void start(Stage stage) {
        this.stage = stage;
        topology = DemoPlans.regions();
        topology.server("munich").setUseSsl(true);
        LayoutResult layout = new TreeLayout().layout(topology);
        for (Server s : topology.servers()) s.setPosition(layout.positions().get(s.id()));
        // a root placed below the others (dropped there, or left by a deleted upstream): its link goes around them
        Position under = topology.servers().get(topology.size() / 2).getPosition();
        Server lab = new Server("wsus-lab-below");
        lab.setName("wsus-lab01.corp.example.com");
        lab.setPosition(new Position(under.x(), under.y() + 2 * TreeLayout.NODE_HEIGHT + 60));
        topology.addServer(lab);
        window = EditorApp.openWindow(stage, DemoPlans.document(topology));
        window.show();
    }

    @Test
    void canvasAndSvgDrawEveryLinkOfTheSceneAlike() {
        interact(() -> {
            // the export draws every card: so does the canvas with every group open, whatever Fit's zoom
            for (Server s : topology.servers()) if (topology.downstreamCount(s) > 0) window.canvas().setGroupOpen(s, true);
            window.canvas().zoomToFit();
        });
        DiagramScene scene = DiagramScene.of(topology, new TreeLayout().layout(topology), List.of());
        boolean dark = stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"));
        TokenColours palette = dark ? TokenColours.dark() : TokenColours.light();
        String svg = SvgExporter.toSvg(new DiagramRenderer(scene, palette), ExportOptions.defaults().withLegend(false));
        Rectangle2D b = scene.bounds();
        int replicas = 0;
        int ssl = 0;
        for (DiagramScene.Link link : scene.links()) {
            LinkRoute route = scene.route(link);
            List<Position> expected = new ArrayList<>(route.points());
            expected.addAll(List.of(route.wingA(), route.tip(), route.wingB()));
            Server s = link.downstream().server();
            EdgeView edge = window.canvas().edgeInto(s);
            assertNotNull(edge, "the canvas draws the link into " + s.id());
            assertPoints(expected, canvasPoints(edge), "canvas route into " + s.id());
            for (DiagramScene.Card card : scene.cards()) {
                if (card.server() == s || card == link.upstream()) continue;
                for (int i = 1; i < route.points().size(); i++) {
                    Position a = route.points().get(i - 1);
                    Position z = route.points().get(i);
                    assertTrue(!card.bounds().intersectsLine(a.x(), a.y(), z.x(), z.y()),
                            "the link into " + s.id() + " runs through " + card.server().id());
                }
            }
            assertEquals(route.label().x(), edge.label().getX(), 0.01);
            assertEquals(route.label().y(), edge.label().getY(), 0.01);
            LinkFace face = link.face();
            java.awt.Color want = face.ssl() ? palette.ok() : palette.edge();
            Color stroke = (Color) edge.path().getStroke();
            assertEquals(want.getRGB(), awt(stroke).getRGB(), "canvas colour of the link into " + s.id());
            assertEquals(face.dashed() ? List.of(LinkFace.DASH[0], LinkFace.DASH[1]) : List.of(), edge.path().getStrokeDashArray(),
                    "canvas dashes of the link into " + s.id());

            List<Position> shifted = new ArrayList<>();
            for (Position p : expected) shifted.add(new Position(p.x() - b.getX(), p.y() - b.getY()));
            String element = svgPath(svg, shifted);
            assertNotNull(element, "the SVG draws the route into " + s.id());
            Matcher colour = STYLE.matcher(element);
            assertTrue(colour.find(), element);
            assertEquals(want, new java.awt.Color(Integer.parseInt(colour.group(1)), Integer.parseInt(colour.group(2)),
                    Integer.parseInt(colour.group(3))), "SVG colour of the link into " + s.id());
            assertEquals(face.dashed(), element.contains("stroke-dasharray"), "SVG dashes of the link into " + s.id());
            replicas += face.dashed() ? 1 : 0;
            ssl += face.ssl() ? 1 : 0;
        }
        assertTrue(replicas >= 2 && ssl >= 2, "the plan has replica and SSL links to compare");
        assertTrue(!svg.contains("rgb(242,80,34)"), "no Windows logo on Microsoft Update: the canvas has none");
    }

    private static List<Position> canvasPoints(EdgeView edge) {
        List<Position> points = new ArrayList<>();
        for (PathElement e : edge.path().getElements()) {
            if (e instanceof MoveTo m) points.add(new Position(m.getX(), m.getY()));
            if (e instanceof LineTo l) points.add(new Position(l.getX(), l.getY()));
        }
        return points;
    }

    /** Without repeated points: a route straight down has bends that coincide, a straight one keeps them on its start. */
    private static List<Position> squash(List<Position> points) {
        List<Position> distinct = new ArrayList<>();
        for (Position p : points) if (distinct.isEmpty() || !near(distinct.get(distinct.size() - 1), p)) distinct.add(p);
        return distinct;
    }

    /** The style and path of the SVG group whose path runs through {@code points}, or null. */
    private static String svgPath(String svg, List<Position> points) {
        Matcher m = Pattern.compile("<g style='([^']*)'(?: transform='[^']*')?><path d='([^']*)'/></g>").matcher(svg);
        while (m.find()) {
            List<Position> drawn = new ArrayList<>();
            Matcher n = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)").matcher(m.group(2));
            while (n.find()) drawn.add(new Position(Double.parseDouble(n.group(1)), Double.parseDouble(n.group(2))));
            if (samePoints(points, drawn)) return m.group(1);
        }
        return null;
    }

    private static boolean samePoints(List<Position> first, List<Position> second) {
        List<Position> a = squash(first);
        List<Position> b = squash(second);
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!near(a.get(i), b.get(i))) return false;
        return true;
    }

    private static boolean near(Position a, Position b) { return Math.abs(a.x() - b.x()) < 0.02 && Math.abs(a.y() - b.y()) < 0.02; }

    private static void assertPoints(List<Position> expected, List<Position> actual, String what) {
        assertTrue(samePoints(expected, actual), what + ": expected " + expected + " but the canvas has " + actual);
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }
}
