package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.layout.Plans;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class LinkRouteTest {
    @Test
    void runsDownToABusAboveTheRowAlongItAndDownIntoTheCard() {
        LinkRoute route = LinkRoute.between(100, 50, 300, 200);
        assertEquals(List.of(new Position(100, 50), new Position(100, 178), new Position(300, 178), new Position(300, 200)),
                route.points());
        assertEquals(new Position(300, 200), route.tip());
        assertEquals(300 - LinkRoute.ARROW * Math.cos(Math.PI / 2 - Math.PI / 7), route.wingA().x(), 1e-9);
        assertEquals(route.wingA().y(), route.wingB().y(), 1e-9, "the arrow head points straight down");
        assertEquals(new Position(306, 194), route.label(), "the label starts right of the last segment");
    }

    @Test
    void aCardLevelWithItsUpstreamGetsAStraightLine() {
        LinkRoute route = LinkRoute.between(100, 50, 300, 60);
        assertEquals(List.of(new Position(100, 50), new Position(300, 60)), route.points());
    }

    @Test
    void aRootBelowOtherCardsGetsItsLinkFromMicrosoftUpdateAroundThem() {
        // a new plan: wsus-root with a replica below it, and a server dropped below the replica that became a root
        Topology t = new Topology();
        Plans.root(t, "wsus-root").setPosition(new Position(300, 120));
        Plans.downstream(t, "replica", "wsus-root").setPosition(new Position(300, 260));
        t.server("replica").setReplica(true);
        Plans.root(t, "wsus-new-1").setPosition(new Position(300, 400));
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), List.of());
        Link link = scene.links().stream().filter(l -> l.downstream().server().id().equals("wsus-new-1")).findFirst().orElseThrow();
        LinkRoute route = scene.route(link);
        assertEquals(scene.microsoftUpdate().x(), route.points().get(0).x(), 1e-9, "it starts at Microsoft Update");
        assertClearOfEveryCardBut("wsus-new-1", scene, route);
        assertEquals(new Position(300, 400 - TreeLayout.NODE_HEIGHT / 2), route.tip());
    }

    @Test
    void aServerLeftRootlessUnderTheRowOfRootsKeepsClearOfTheRootAboveIt() {
        // a <-> b with c below a; a and b deleted: c is a root right below wsus-root
        Topology t = new Topology();
        Plans.root(t, "wsus-root").setPosition(new Position(300, 120));
        Plans.root(t, "c").setPosition(new Position(300, 420));
        Plans.root(t, "other").setPosition(new Position(520, 120));
        DiagramScene scene = DiagramScene.of(t, new TreeLayout().layout(t), List.of());
        for (Link link : scene.links()) assertClearOfEveryCardBut(link.downstream().server().id(), scene, scene.route(link));
    }

    private static void assertClearOfEveryCardBut(String target, DiagramScene scene, LinkRoute route) {
        List<Position> points = route.points();
        for (Card c : scene.cards()) {
            if (c.server().id().equals(target)) continue;
            for (int i = 1; i < points.size(); i++) {
                Position a = points.get(i - 1);
                Position b = points.get(i);
                if (c.bounds().intersectsLine(a.x(), a.y(), b.x(), b.y())) {
                    fail("the link into " + target + " runs through " + c.server().id() + ": " + points);
                }
            }
        }
    }

    @Test
    void noLinkRunsThroughACard() {
        Topology fan = new Topology();
        Plans.root(fan, "hq");
        for (int i = 0; i < 1000; i++) Plans.downstream(fan, "b" + i, "hq");
        List<Topology> plans = List.of(fan, PlanGenerator.regional(100, 10, 42), PlanGenerator.regional(300, 10, 42),
                PlanGenerator.generate(1000, 42), Plans.randomTree(5, 400), Plans.randomTree(6, 400));
        for (Topology t : plans) {
            for (double aspect : new double[] {16.0 / 9, 1, 9.0 / 16}) check(DiagramScene.of(t, new TreeLayout().layout(t, aspect), List.of()));
        }
    }

    private static void check(DiagramScene scene) {
        for (Link e : scene.links()) {
            List<Position> points = scene.route(e).points();
            for (int i = 1; i < points.size(); i++) {
                Line2D segment = new Line2D.Double(points.get(i - 1).x(), points.get(i - 1).y(), points.get(i).x(), points.get(i).y());
                assertClear(scene, segment, e.upstream(), e.downstream());
            }
        }
    }

    private static void assertClear(DiagramScene scene, Line2D line, Card from, Card to) {
        for (Card n : scene.cards()) {
            if (n == from || n == to) continue;
            Rectangle2D b = n.bounds();
            Rectangle2D inner = new Rectangle2D.Double(b.getX() + 1, b.getY() + 1, b.getWidth() - 2, b.getHeight() - 2);
            if (line.intersects(inner)) {
                fail(scene.topology().getName() + ": a link from " + (from == null ? "Microsoft Update" : from.server().id())
                        + " runs through " + n.server().id() + " at " + line.getP1() + " - " + line.getP2());
            }
        }
    }
}
