package net.wsustopology.command;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Topology topology = new Topology();
    private final CommandStack stack = new CommandStack();
    private final Edits edits = new Edits(topology);

    private Server server(String id) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        return s;
    }

    /** Executes an edit that must change something. */
    private void run(Optional<Command> edit) { stack.execute(edit.orElseThrow()); }

    @Test
    void dirtyFollowsTheSavedPointThroughUndoAndRedo() {
        assertFalse(stack.isDirty());
        run(edits.add(server("a"), null));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty());
        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void aNewEditAfterUndoingPastTheSavePointStaysDirtyForever() {
        run(edits.add(server("a"), null));
        stack.markSaved();
        stack.undo();
        run(edits.add(server("b"), null));
        assertTrue(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state can no longer be reached");
    }

    @Test
    void deleteReattachesDownstreamsToTheNearestSurvivingUpstream() {
        Server hq = server("hq");
        Server mid = server("mid");
        Server leaf = server("leaf");
        run(edits.add(hq, null));
        run(edits.add(mid, hq));
        run(edits.add(leaf, mid));
        run(edits.delete(List.of(mid)));
        assertEquals(hq, topology.upstreamOf(leaf));
        assertFalse(topology.contains(mid));
        stack.undo();
        assertEquals(mid, topology.upstreamOf(leaf));
        assertEquals(List.of(hq, mid, leaf), topology.servers());
    }

    @Test
    void moveIsOneStepAndPinsTheServer() {
        Server a = server("a");
        run(edits.add(a, null));
        run(edits.move(Map.of(a, new Position(10, 20))));
        assertTrue(a.isPinned());
        assertEquals("Move a.corp.example.com", stack.undoLabel());
        stack.undo();
        assertNull(a.getPosition());
        assertFalse(a.isPinned());
    }

    @Test
    void reparentRefusesLoops() {
        Server hq = server("hq");
        Server child = server("child");
        run(edits.add(hq, null));
        run(edits.add(child, hq));
        assertFalse(edits.canReparent(hq, child));
        assertFalse(edits.canReparent(hq, hq));
        assertTrue(edits.canReparent(child, hq));
    }

    @Test
    void aSetUndoesToTheValueBeforeItRanNotBeforeItWasBuilt() {
        Server a = server("a");
        topology.addServer(a);
        Command both = new CompositeCommand("Rename twice", List.of(
                SetValueCommand.of(a, ServerSettings.NAME, "one", ""), SetValueCommand.of(a, ServerSettings.NAME, "two", "")));
        stack.execute(both);
        assertEquals("two", a.getName());
        stack.undo();
        assertEquals("a.corp.example.com", a.getName());
    }
}
