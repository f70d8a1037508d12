package net.wsustopology.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SummaryLevelTest {
    /** Widths of a wide sans-serif font, a little wider than the canvas's so the test errs on the safe side. */
    static final CardText.Measure WIDE = (text, bold, size) -> text.length() * size * (bold ? 0.64 : 0.58);

    private record Drawn(String what, Box box, List<DetailLevel.Text> lines) { }

    /** The summary of a plan laid out for a 1600 x 900 view, at its fit zoom. */
    private static List<Drawn> summaryAtFit(Topology t, double[] zoomOut) {
        LayoutResult layout = new TreeLayout().layoutForView(t, 1600, 900);
        Map<String, Position> at = layout.positions();
        double zoom = layout.fitZoom(1600, 900);
        zoomOut[0] = zoom;
        Groups groups = Groups.of(t, s -> at.get(s.id()), s -> true);
        List<Drawn> drawn = new ArrayList<>();
        for (Server s : groups.named()) {
            Groups.Group g = groups.under(s);
            DetailLevel.Label title = DetailLevel.title(CardFace.of(s, t.hierarchy().tierOrNull(s), null), at.get(s.id()).x(),
                    groups.band(s), g == null ? null : g.block(), zoom, WIDE);
            drawn.add(new Drawn("title of " + s.id(), title.box(), title.lines()));
            if (g != null) {
                DetailLevel.Label card = DetailLevel.group(GroupFace.of(t, g.members(), m -> null), g.block(), title, zoom, WIDE);
                drawn.add(new Drawn("group under " + s.id(), card.box(), card.lines()));
            }
        }
        return drawn;
    }

    @ParameterizedTest
    @CsvSource({"3, 3003", "10, 10010"})
    void fitShowsEveryHubAndGroupReadablyWithoutOverlaps(int roots, int servers) {
        Topology t = PlanGenerator.hubs(roots, 10, 99, 42);
        assertEquals(servers, t.size());
        double[] zoom = new double[1];
        List<Drawn> drawn = summaryAtFit(t, zoom);
        assertTrue(DetailLevel.isSummary(zoom[0]));
        assertEquals(roots + roots * 10 + roots * 10, drawn.size(), "a title per root and hub, a group per hub");
        double smallest = Double.MAX_VALUE;
        for (Drawn d : drawn) {
            assertFalse(d.lines().isEmpty(), d.what() + " draws no text at zoom " + zoom[0]);
            for (DetailLevel.Text line : d.lines()) smallest = Math.min(smallest, line.size() * zoom[0]);
        }
        assertTrue(smallest >= DetailLevel.MIN_TEXT, "smallest text " + smallest + " px");
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                assertFalse(drawn.get(i).box().overlaps(drawn.get(j).box()), drawn.get(i).what() + " overlaps " + drawn.get(j).what());
            }
        }
    }

    @Test
    void groupFaceCountsSeveritiesKindsLanguagesAndSyncWindow() {
        Topology t = PlanGenerator.hubs(1, 1, 20, 42);
        Server hub = t.downstreams(t.roots().get(0)).get(0);
        List<Server> members = t.downstreams(hub);
        GroupFace face = GroupFace.of(t, members, s -> s == members.get(0) ? Severity.ERROR : s == members.get(1) ? Severity.WARNING : null);
        assertEquals("20 servers", face.title());
        assertEquals(Severity.ERROR, face.worst());
        assertEquals(1, face.errors());
        assertEquals(1, face.warnings());
        long replicas = members.stream().filter(Server::isReplica).count();
        assertEquals(replicas, face.replicas());
        assertEquals(20 - replicas, face.autonomous());
        assertTrue(face.details().contains("1 with errors"));
        String first = t.effectiveLanguages(hub).codes().get(0);
        assertTrue(face.sharedLanguages().startsWith(first), face.sharedLanguages());
        assertTrue(face.syncWindow().matches("\\d\\d:\\d\\d\u2013\\d\\d:\\d\\d"), face.syncWindow());
    }

    @Test
    void aGroupFoldsBelowReadableZoomUnlessOpenedByHand() {
        double low = DetailLevel.CARDS_READABLE * 0.9;
        double high = DetailLevel.CARDS_READABLE * 1.1;
        assertTrue(DetailLevel.folded(DetailLevel.Hand.ZOOM, low));
        assertFalse(DetailLevel.folded(DetailLevel.Hand.ZOOM, high));
        assertFalse(DetailLevel.folded(DetailLevel.Hand.OPENED, low));
        assertTrue(DetailLevel.folded(DetailLevel.Hand.FOLDED, high));
        assertTrue(DetailLevel.readable(13, DetailLevel.CARDS_READABLE));
        assertFalse(DetailLevel.readable(12, DetailLevel.CARDS_READABLE));
    }

    @Test
    void aNamedServersBandSpansTheCardsOfEverythingBelowItAlsoPastAServerWithoutAPlace() {
        Topology t = PlanGenerator.generate(300, 5);
        Map<String, Position> at = new java.util.HashMap<>(new TreeLayout().layout(t).positions());
        Server hub = null;
        for (Server s : t.servers()) if (t.hierarchy().tierOrNull(s) != null && t.hierarchy().tierOrNull(s) == 2 && !t.downstreams(s).isEmpty()) hub = s;
        at.remove(hub.id()); // a hub without a place: the cards below it still widen its root's band
        Groups groups = Groups.of(t, s -> at.get(s.id()), s -> true);
        for (Server named : groups.named()) {
            Position p = at.get(named.id());
            double x0 = p.x();
            double x1 = p.x();
            for (Server below : t.hierarchy().subtree(named)) {
                Position q = at.get(below.id());
                if (q == null) continue;
                x0 = Math.min(x0, Box.card(q.x(), q.y()).x0());
                x1 = Math.max(x1, Box.card(q.x(), q.y()).x1());
            }
            assertEquals(x0, groups.band(named).x0(), named.id());
            assertEquals(x1, groups.band(named).x1(), named.id());
        }
    }

    @Test
    void aChainTwentyThousandDeepIsGroupedWithItsRootsBandOverTheWholeChain() {
        Topology t = PlanGenerator.chain(20_000);
        Map<String, Position> at = new java.util.HashMap<>();
        for (int i = 0; i < t.size(); i++) at.put("s" + i, new Position(i % 7 * 200.0, i * 120.0));
        Groups groups = Groups.of(t, s -> at.get(s.id()), s -> true);
        assertEquals(Box.card(6 * 200.0, 0).x1(), groups.band(t.server("s0")).x1(), "the root's band reaches the widest card below it");
    }
}
