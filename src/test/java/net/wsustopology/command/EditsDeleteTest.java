package net.wsustopology.command;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;

/** Deleting servers of loops and dangling chains ends, re-attaches what survives, and undoes completely. */
class EditsDeleteTest {
    private final Topology topology = new Topology();
    private final CommandStack stack = new CommandStack();
    private final Edits edits = new Edits(topology);

    private Server add(String id, String upstream) {
        Server s = new Server(id);
        s.setName(id + ".corp.example.com");
        if (upstream != null) {
            s.setSyncFromUpstream(true);
            s.setUpstreamId(upstream);
            s.setSourcePort(8530);
        }
        topology.addServer(s);
        return s;
    }

    private Topology copy() {
        Topology copy = new Topology();
        for (Server s : topology.servers()) copy.addServer(s.copyWithId(s.id()));
        return copy;
    }

    /** Executes an edit that must change something. */
    private void run(Optional<Command> edit) { stack.execute(edit.orElseThrow()); }

    @Test
    void deletingBothServersOfALoopMakesTheirDownstreamARootAndUndoRestoresEverything() {
        Server a = add("a", "b");
        Server b = add("b", "a");
        Server c = add("c", "a");
        Topology before = copy();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(edits.delete(List.of(a, b))));
        assertEquals(List.of(c), topology.servers());
        assertFalse(c.isSyncFromUpstream(), "nothing above c survives, so it becomes a root");
        stack.undo();
        assertTrue(topology.sameAs(before), "undo brings back a, b and c's upstream");
        stack.redo();
        assertEquals(List.of(c), topology.servers());
    }

    @Test
    void aDownstreamIsNeverReattachedToItselfWhenItsUpstreamLoopedThroughIt() {
        Server a = add("a", "b");
        Server b = add("b", "a");
        run(edits.delete(List.of(b)));
        assertEquals(List.of(a), topology.servers());
        assertFalse(a.isSyncFromUpstream(), "a synced from b, and b's only upstream was a itself");
    }

    @Test
    void aSurvivorOnTheLoopAboveTakesTheOrphan() {
        Server a = add("a", "b");
        add("b", "c");
        Server c = add("c", "a");
        Server d = add("d", "b");
        run(edits.delete(List.of(topology.server("b"))));
        assertEquals(c.id(), a.getUpstreamId());
        assertEquals(c.id(), d.getUpstreamId());
    }

    @Test
    void deletingUnderADanglingReferenceEnds() {
        Server a = add("a", "missing");
        Server b = add("b", "a");
        Topology before = copy();
        run(edits.delete(List.of(a)));
        assertFalse(b.isSyncFromUpstream());
        stack.undo();
        assertTrue(topology.sameAs(before));
    }
}
