package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.diagram.DiagramScene.Card;
import net.wsustopology.diagram.DiagramScene.Link;
import net.wsustopology.layout.Plans;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** The exports' links (bundled combs and straight lines) run through no card of the view-shaped layout. */
class ExportLinkRoutesTest {
    @Test
    void noExportedLinkRunsThroughACard() {
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
        List<Link> single = new ArrayList<>();
        for (EdgeBundle bundle : EdgeBundle.bundle(scene, single)) {
            Card upstream = bundle.edges().get(0).upstream();
            for (Line2D line : bundle.trunk()) assertClear(scene, line, upstream, null);
            for (Link e : bundle.edges()) assertClear(scene, bundle.drop(e), upstream, e.downstream());
        }
        for (Link e : single) {
            if (e.runsBack()) continue;
            double fromX = e.upstream() == null ? scene.microsoftUpdate().x() : e.upstream().x();
            double fromY = (e.upstream() == null ? scene.microsoftUpdate().y() : e.upstream().y()) + TreeLayout.NODE_HEIGHT / 2;
            Card d = e.downstream();
            assertClear(scene, new Line2D.Double(fromX, fromY, d.x(), d.y() - TreeLayout.NODE_HEIGHT / 2), e.upstream(), d);
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
