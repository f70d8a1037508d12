package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class SlideDeckTest {
    private static final List<Slide.Kind> INSIGHTS = List.of(Slide.Kind.FINDINGS, Slide.Kind.LANGUAGES, Slide.Kind.SYNC, Slide.Kind.CAPACITY);

    @Test
    void aSingleRootPlanGoesFromTheWholePlanToEachRegionalHubWithoutRepeatingItself() {
        Topology plan = PlanGenerator.regional(155, 12, 7);
        SlideDeck deck = SlideDeck.of(plan);
        assertEquals(1 + 12 + 4, deck.size(), "whole plan, 12 hubs, 4 insight slides; no 'Root 1 of 1'");
        assertEquals(Slide.Kind.PLAN, deck.get(0).kind());
        assertTrue(deck.get(0).title().startsWith("Whole plan: Regional plan of 155 servers  (155 servers, 1 root)"), deck.get(0).title());
        Server root = plan.roots().get(0);
        List<Server> hubs = plan.downstreams(root);
        for (int h = 0; h < 12; h++) {
            Slide slide = deck.get(1 + h);
            assertEquals(Slide.Kind.HUB, slide.kind());
            assertEquals(hubs.get(h), slide.focus());
            assertEquals(plan.subtree(hubs.get(h)), slide.members());
            assertEquals(root, slide.drawn().get(0), "the root is drawn above the region, so its tiers read as in the plan");
            assertEquals(slide.members().size() + 1, slide.drawn().size());
            assertTrue(slide.title().startsWith("Region " + (h + 1) + " of 12 below wsus-root0.corp.example.com: " + hubs.get(h).label()), slide.title());
        }
        assertEquals(INSIGHTS, deck.slides().subList(13, 17).stream().map(Slide::kind).toList());
        assertEquals("3 / 17", deck.number(2));
    }

    @Test
    void severalRootsEachGetASlideFollowedByTheirHubsWhenTheyHaveSeveral() {
        Plans p = new Plans();
        Server a = p.root("a", "en");
        Server hub1 = p.downstream("hub1", a, "en");
        p.downstream("b1", hub1, "en");
        Server hub2 = p.downstream("hub2", a, "en");
        p.downstream("b2", hub2, "en");
        p.downstream("leaf", a, "en");
        Server b = p.root("b", "en");
        Server lone = p.downstream("lonehub", b, "en");
        p.downstream("b3", lone, "en");
        SlideDeck deck = SlideDeck.of(p.topology());
        assertEquals(List.of(Slide.Kind.PLAN, Slide.Kind.ROOT, Slide.Kind.HUB, Slide.Kind.HUB, Slide.Kind.ROOT),
                deck.slides().subList(0, 5).stream().map(Slide::kind).toList(),
                "a leaf below a root is no region, and b's one hub would repeat b's slide");
        assertEquals(List.of(a, b), List.of(deck.get(1).focus(), deck.get(4).focus()));
        assertEquals(List.of(hub1, hub2), List.of(deck.get(2).focus(), deck.get(3).focus()));
        assertEquals("Root 2 of 2: b.corp.example.com  (3 servers)", deck.get(4).title());
        assertEquals(INSIGHTS, deck.slides().subList(5, 9).stream().map(Slide::kind).toList());
    }

    @Test
    void aTalkStartsAtTheMostDetailedSlideOfTheSelectedServer() {
        Plans p = new Plans();
        Server a = p.root("a", "en");
        Server hub1 = p.downstream("hub1", a, "en");
        Server branch = p.downstream("b1", hub1, "en");
        Server hub2 = p.downstream("hub2", a, "en");
        p.downstream("b2", hub2, "en");
        Server b = p.root("b", "en");
        SlideDeck deck = SlideDeck.of(p.topology());
        assertEquals(2, deck.startAt(branch), "the region of hub1");
        assertEquals(2, deck.startAt(hub1));
        assertEquals(1, deck.startAt(a), "a root is on its own slide, not on its hubs' (where it is only drawn)");
        assertEquals(4, deck.startAt(b));
        assertEquals(0, deck.startAt(null));
        assertEquals(5, deck.indexOf(Slide.Kind.FINDINGS));
    }

    /** Issue 28: a hub with more branches than a slide can show readably gets a slide for each part of them. */
    @Test
    void aHubTooCrowdedForOneSlideIsSpreadOverAsManyAsItNeeds() {
        Topology plan = PlanGenerator.hubs(1, 2, 99, 3);
        Server root = plan.roots().get(0);
        // a slide reads with up to 40 servers drawn: 101 need 3 parts of 33 branches (2 of 50 would not read)
        SlideDeck deck = SlideDeck.of(plan, drawn -> drawn.size() / 40.0);
        assertEquals(1 + 2 * 3 + 4, deck.size());
        for (int h = 0; h < 2; h++) {
            Server hub = plan.downstreams(root).get(h);
            Set<Server> shown = new HashSet<>();
            for (int part = 0; part < 3; part++) {
                Slide slide = deck.get(1 + 3 * h + part);
                assertEquals(hub, slide.focus());
                assertTrue(slide.title().endsWith(", part " + (part + 1) + " of 3"), slide.title());
                assertEquals(List.of(root, hub), slide.drawn().subList(0, 2), "the root and the hub head every part");
                assertTrue(slide.drawn().size() <= 40, slide.drawn().size() + " servers on " + slide.title());
                shown.addAll(slide.drawn());
            }
            assertTrue(shown.containsAll(plan.subtree(hub)), "every branch of " + hub.label() + " is on one of its slides");
        }
        assertEquals(1 + 3, deck.startAt(plan.downstreams(plan.downstreams(root).get(1)).get(0)),
                "a talk about the second hub's first branch starts at that hub's first part");
    }
}
