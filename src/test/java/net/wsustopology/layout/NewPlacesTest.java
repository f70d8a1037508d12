package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.H_GAP;
import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static net.wsustopology.layout.TreeLayout.ROW_GAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class NewPlacesTest {
    private static final double PITCH_X = NODE_WIDTH + H_GAP;
    private static final double PITCH_Y = NODE_HEIGHT + ROW_GAP;

    private final Topology plan = new Topology();
    private final Server hq = at(Plans.root(plan, "hq"), 1000, 100);

    private static Server at(Server s, double x, double y) {
        s.setPosition(new Position(x, y));
        return s;
    }

    /** {@code count} leaves under hq in rows of {@code columns}, the first at (left, top). */
    private void leaves(int count, int columns, double left, double top) {
        for (int i = 0; i < count; i++) {
            at(Plans.downstream(plan, "d" + i, "hq"), left + (i % columns) * PITCH_X, top + (i / columns) * PITCH_Y);
        }
    }

    private NewPlaces places() { return new NewPlaces(plan, Server::getPosition, new Position(1000, 20)); }

    private void assertClearOfEveryCard(Position p) {
        for (Server s : plan.servers()) assertFalse(FreeSpotsTest.overlaps(s.getPosition(), p), p + " covers " + s);
    }

    @Test
    void aServerWithoutDownstreamsGetsThePlaceUnderIt() {
        Position p = places().under(hq);
        assertEquals(new Position(1000, 100 + NODE_HEIGHT + TreeLayout.V_GAP), p);
    }

    @Test
    void aShortRowGrowsToTheRight() {
        leaves(3, 8, 800, 244);
        assertEquals(new Position(800 + 3 * PITCH_X, 244), places().under(hq));
    }

    @Test
    void aFullRowOfABlockStartsTheNextRowAtTheLeft() {
        leaves(16, 4, 700, 244);
        assertEquals(new Position(700, 244 + 4 * PITCH_Y), places().under(hq));
    }

    @Test
    void anUnfinishedLastRowOfABlockIsFilledFirst() {
        leaves(10, 4, 700, 244);
        assertEquals(new Position(700 + 2 * PITCH_X, 244 + 2 * PITCH_Y), places().under(hq));
    }

    @Test
    void aHangingColumnGrowsDownwards() {
        leaves(3, 1, 1000, 244);
        assertEquals(new Position(1000, 244 + 3 * PITCH_Y), places().under(hq));
    }

    @Test
    void aSlotTakenByAnotherCardMovesToTheNearestFreePlace() {
        leaves(3, 8, 800, 244);
        Server other = at(Plans.root(plan, "other"), 800 + 3 * PITCH_X + 20, 250);
        Position p = places().under(hq);
        assertClearOfEveryCard(p);
        assertNotEquals(other.getPosition(), p);
    }

    @Test
    void serversAddedOneAfterTheOtherNeverShareAPlace() {
        leaves(5, 8, 800, 244);
        NewPlaces places = places();
        List<Position> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Position p = places.under(hq);
            assertClearOfEveryCard(p);
            for (Position q : added) assertFalse(FreeSpotsTest.overlaps(p, q), p + " covers " + q);
            added.add(p);
        }
    }

    @Test
    void serversAddedUnderRandomUpstreamsOfLaidOutPlansCoverNothing() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Topology t = Plans.randomTree(round, 30 + random.nextInt(200));
            new TreeLayout().placeUnpinned(t);
            NewPlaces places = new NewPlaces(t, Server::getPosition, null);
            List<Position> cards = new ArrayList<>();
            for (Server s : t.servers()) cards.add(s.getPosition());
            for (int k = 0; k < 10; k++) {
                Server up = t.servers().get(random.nextInt(t.size()));
                Position p = random.nextBoolean() ? places.under(up) : places.near(cards.get(random.nextInt(cards.size())));
                for (Position q : cards) assertFalse(FreeSpotsTest.overlaps(p, q), "round " + round + ": " + p + " covers " + q);
                cards.add(p);
            }
        }
    }

    @Test
    void aShiftedGroupKeepsItsShapeAndCoversNothing() {
        leaves(4, 8, 800, 244);
        List<Position> group = new ArrayList<>();
        for (int i = 0; i < 3; i++) group.add(plan.server("d" + i).getPosition());
        List<Position> placed = places().shifted(group, 40, 40);
        for (Position p : placed) assertClearOfEveryCard(p);
        double dx = placed.get(0).x() - group.get(0).x();
        double dy = placed.get(0).y() - group.get(0).y();
        for (int i = 0; i < 3; i++) assertEquals(group.get(i).translate(dx, dy), placed.get(i));
    }
}
