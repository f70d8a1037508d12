package net.wsustopology.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.wsustopology.command.Command;
import net.wsustopology.command.CompositeCommand;
import net.wsustopology.command.Edits;
import net.wsustopology.document.Document;
import net.wsustopology.layout.LayoutResult;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.canvas.NewServers;
import net.wsustopology.ui.canvas.ServerKind;
import net.wsustopology.ui.shell.ServerClipboard;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of the editor's edits (add, paste, duplicate, delete, connect, make root,
 * move, tidy, rename, with undos and redos mixed in), on plans that also get loops and dangling
 * upstreams as a file can hold them: undoing everything gives back the start,
 * redoing everything gives back the end, and the live findings equal a fresh full check.
 */
class EditSequencePropertyTest {
    private static final int SEQUENCES = 60;
    private static final int STEPS = 40;

    @Test
    void undoAllRestoresTheStartAndRedoAllRestoresTheEnd() {
        for (int seed = 1; seed <= SEQUENCES; seed++) {
            Random random = new Random(seed);
            Topology topology = DemoPlans.regions();
            Document document = new Document(topology, null);
            Topology start = copyOf(topology);
            for (int step = 0; step < STEPS; step++) randomStep(document, random);
            while (document.commands().canRedo()) document.commands().redo();
            Topology end = copyOf(topology);
            assertSameFindingsAsFullCheck(document, "seed " + seed + " after the edits");

            while (document.commands().canUndo()) document.commands().undo();
            assertTrue(topology.sameAs(start), "seed " + seed + ": undo all differs from the start");
            assertSameFindingsAsFullCheck(document, "seed " + seed + " after undo all");

            while (document.commands().canRedo()) document.commands().redo();
            assertTrue(topology.sameAs(end), "seed " + seed + ": redo all differs from the end");
            assertSameFindingsAsFullCheck(document, "seed " + seed + " after redo all");
        }
    }

    private static void assertSameFindingsAsFullCheck(Document document, String when) {
        Topology copy = copyOf(document.topology());
        Document fresh = new Document(copy, null);
        assertEquals(fresh.findings().all(copy), document.findings().all(document.topology()), when);
    }

    private static void randomStep(Document document, Random random) {
        Topology t = document.topology();
        Edits edits = document.edits();
        int op = random.nextInt(13);
        if (t.size() == 0) op = 0;
        switch (op) {
            case 0 -> document.execute(NewServers.add(document, ServerKind.values()[random.nextInt(3)],
                    t.size() == 0 ? null : pick(t, random), new Position(random.nextInt(900) + 90, random.nextInt(700) + 32)));
            case 1 -> document.execute(edits.delete(pickSome(t, random)));
            case 2 -> {
                Server s = pick(t, random), up = pick(t, random);
                if (edits.canReparent(s, up)) document.execute(edits.reparent(s, up));
            }
            case 3 -> document.execute(edits.makeRoot(pick(t, random)));
            case 4 -> {
                Map<Server, Position> targets = new LinkedHashMap<>();
                for (Server s : pickSome(t, random)) targets.put(s, new Position(random.nextInt(1000), random.nextInt(800)));
                document.execute(edits.move(targets));
            }
            case 5 -> {
                LayoutResult layout = new TreeLayout().layout(t);
                Map<Server, Position> positions = new LinkedHashMap<>();
                for (Server s : t.servers()) positions.put(s, layout.positions().get(s.id()));
                document.execute(edits.applyLayout(positions, "Tidy tree", null));
            }
            case 6 -> document.execute(edits.set(pickSome(t, random), ServerSettings.NAME,
                    "renamed-" + random.nextInt(5) + ".corp.example.com"));
            case 7 -> {
                List<Server> copies = ServerClipboard.copiesFor(t, subtreeOf(t, random), ServerClipboard.PASTE_OFFSET);
                document.execute(edits.addAll(copies));
            }
            case 8 -> document.commands().undo();
            case 9 -> document.commands().redo();
            case 11 -> document.execute(syncFrom(edits, pickSome(t, random), pick(t, random).id())); // loops too
            case 12 -> document.execute(syncFrom(edits, pickSome(t, random), "missing-" + random.nextInt(3)));
            default -> document.execute(edits.set(pickSome(t, random), ServerSettings.REPLICA, random.nextBoolean()));
        }
    }

    /** Points servers at {@code upstreamId} the way a hand-edited file can: no loop check, the id may not exist. */
    private static Optional<Command> syncFrom(Edits edits, List<Server> servers, String upstreamId) {
        List<Command> parts = new ArrayList<>();
        edits.set(servers, ServerSettings.SYNC_FROM_UPSTREAM, true).ifPresent(parts::add);
        edits.set(servers, ServerSettings.UPSTREAM_ID, upstreamId).ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(new CompositeCommand("Sync from " + upstreamId, parts));
    }

    private static Server pick(Topology t, Random random) { return t.servers().get(random.nextInt(t.size())); }

    private static List<Server> pickSome(Topology t, Random random) {
        List<Server> some = new ArrayList<>();
        int n = 1 + random.nextInt(Math.min(3, t.size()));
        while (some.size() < n) {
            Server s = pick(t, random);
            if (!some.contains(s)) some.add(s);
        }
        return some;
    }

    private static List<Server> subtreeOf(Topology t, Random random) {
        List<Server> originals = new ArrayList<>();
        for (Server s : t.subtree(pick(t, random))) originals.add(s.copyWithId(s.id()));
        return originals;
    }

    static Topology copyOf(Topology source) {
        Topology copy = new Topology();
        copy.setName(source.getName());
        copy.setDescription(source.getDescription());
        copy.setLimits(source.getLimits());
        copy.unknownMembers().putAll(source.unknownMembers());
        for (Server s : source.servers()) copy.addServer(s.copyWithId(s.id()));
        return copy;
    }
}
