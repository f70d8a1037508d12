package net.wsustopology.layout;

import static net.wsustopology.layout.TreeLayout.NODE_HEIGHT;
import static net.wsustopology.layout.TreeLayout.NODE_WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.wsustopology.model.Position;
import org.junit.jupiter.api.Test;

class FreeSpotsTest {
    private static final double PITCH_X = NODE_WIDTH + TreeLayout.H_GAP;
    private static final double PITCH_Y = NODE_HEIGHT + TreeLayout.ROW_GAP;

    static boolean overlaps(Position a, Position b) {
        return Math.abs(a.x() - b.x()) < NODE_WIDTH + FreeSpots.CLEARANCE && Math.abs(a.y() - b.y()) < NODE_HEIGHT + FreeSpots.CLEARANCE;
    }

    private static List<Position> grid(double left, double top, int columns, int rows) {
        List<Position> cards = new ArrayList<>();
        for (int r = 0; r < rows; r++) for (int c = 0; c < columns; c++) cards.add(new Position(left + c * PITCH_X, top + r * PITCH_Y));
        return cards;
    }

    @Test
    void aPlaceIsFreeUnlessACardIsCloserThanTheClearance() {
        FreeSpots spots = new FreeSpots(List.of(new Position(500, 300)));
        assertFalse(spots.isFree(new Position(500, 300)));
        assertFalse(spots.isFree(new Position(500 + NODE_WIDTH + FreeSpots.CLEARANCE - 1, 300)));
        assertTrue(spots.isFree(new Position(500 + NODE_WIDTH + FreeSpots.CLEARANCE, 300)));
        assertTrue(spots.isFree(new Position(500, 300 + NODE_HEIGHT + FreeSpots.CLEARANCE)));
    }

    @Test
    void aCardMayNotStickOutAboveOrLeftOfTheDiagram() {
        FreeSpots spots = new FreeSpots(List.of());
        assertFalse(spots.isFree(new Position(NODE_WIDTH / 2 - 1, 300)));
        assertFalse(spots.isFree(new Position(300, NODE_HEIGHT / 2 - 1)));
        assertTrue(spots.isFree(new Position(NODE_WIDTH / 2, NODE_HEIGHT / 2)));
    }

    @Test
    void aFreePlaceIsKept() {
        Position wanted = new Position(900, 900);
        assertEquals(wanted, new FreeSpots(List.of(new Position(300, 300))).nearestFree(wanted));
    }

    @Test
    void aTakenPlaceMovesTheShortestWayOut() {
        FreeSpots spots = new FreeSpots(List.of(new Position(500, 300)));
        Position free = spots.nearestFree(new Position(500, 300));
        assertEquals(500, free.x(), 1e-9);
        assertEquals(NODE_HEIGHT + FreeSpots.CLEARANCE, Math.abs(free.y() - 300), FreeSpots.STEP);
    }

    @Test
    void aPointInsideABlockOfCardsFindsTheNearestGapOutsideIt() {
        List<Position> block = grid(400, 400, 10, 10);
        FreeSpots spots = new FreeSpots(block);
        Position wanted = new Position(400 + 4.5 * PITCH_X, 400 + 4.5 * PITCH_Y);
        Position free = spots.nearestFree(wanted);
        for (Position card : block) assertFalse(overlaps(card, free), free + " covers " + card);
        double toEdge = 5 * PITCH_Y + NODE_HEIGHT;
        assertTrue(Math.hypot(free.x() - wanted.x(), free.y() - wanted.y()) <= toEdge, "went too far: " + free);
    }

    @Test
    void aGroupKeepsItsShapeAndLandsClearOfEveryCard() {
        List<Position> existing = grid(300, 300, 3, 2);
        FreeSpots spots = new FreeSpots(existing);
        List<Position> group = List.of(existing.get(0), existing.get(1), existing.get(3));
        Position shift = spots.nearestFreeOffset(group, 40, 40);
        for (Position p : group) {
            Position moved = p.translate(shift.x(), shift.y());
            for (Position card : existing) assertFalse(overlaps(card, moved), moved + " covers " + card);
        }
    }

    @Test
    void farFromAnyGapTheCardsGoRightOfEverything() {
        List<Position> huge = grid(NODE_WIDTH, NODE_HEIGHT, 60, 100);
        FreeSpots spots = new FreeSpots(huge);
        Position free = spots.nearestFree(new Position(NODE_WIDTH + 30 * PITCH_X, NODE_HEIGHT + 50 * PITCH_Y));
        assertTrue(free.x() > NODE_WIDTH + 59 * PITCH_X, free.toString());
        assertTrue(spots.isFree(free));
    }

    @Test
    void anOccupiedPlaceIsNoLongerFree() {
        FreeSpots spots = new FreeSpots(List.of());
        Position p = new Position(400, 400);
        spots.occupy(p);
        assertFalse(spots.isFree(p));
    }
}
