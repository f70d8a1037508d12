package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WsusCliTest {
    @TempDir Path dir;

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("wsus-topology " + WsusCli.VERSION), version.out());
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("validate") && help.out().contains("layout"), help.out());
        for (String command : new String[] {"validate", "layout"}) {
            CliRun sub = CliRun.of(command, "--help");
            assertEquals(0, sub.exitCode());
            assertTrue(sub.out().contains("Usage: wsus-topology " + command), sub.out());
        }
    }

    @Test
    void unknownCommandOrOptionIsBadUsage() {
        CliRun run = CliRun.of("validate", "--frobnicate", "x.wsus.json");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--frobnicate"), run.err());
    }

    @Test
    void anUnknownCommandWordIsNamedWithTheListOfCommands() {
        CliRun run = CliRun.of("frobnicate", "x");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("unknown command 'frobnicate'"), run.err());
        for (String name : WsusCli.commandNames(WsusCli.commandLine())) assertTrue(run.err().contains(name), name + " in " + run.err());
    }

    @Test
    void commandNamesTellCommandsFromFiles() {
        assertTrue(WsusCli.commandNames(WsusCli.commandLine()).containsAll(List.of("validate", "layout", "help")));
    }

    @Test
    void everyCommandIsKnownByNameAndBuiltAloneWhenInvoked() {
        for (String name : WsusCli.commandNames(WsusCli.commandLine())) {
            assertTrue(WsusCli.isCommandName(name), name);
            if (name.equals("help")) continue;
            assertEquals(Set.of("help", name), WsusCli.commandNames(WsusCli.commandLineFor(name, "plan.wsus.json")));
        }
        assertEquals(WsusCli.commandNames(WsusCli.commandLine()), WsusCli.commandNames(WsusCli.commandLineFor("--help")));
    }

    private Path twoServerPlan(boolean pinSecond) throws Exception {
        Topology t = new Topology();
        Server hq = new Server("hq");
        hq.setName("hq.example.com");
        Server b = new Server("b");
        b.setName("b.example.com");
        b.setSyncFromUpstream(true);
        b.setUpstreamId("hq");
        if (pinSecond) {
            b.setPosition(new Position(5000, 5000));
            b.setPinned(true);
        }
        t.addServer(hq);
        t.addServer(b);
        Path file = dir.resolve("plan.wsus.json");
        TopologyFiles.save(t, file);
        return file;
    }

    @Test
    void layoutWritesPositionsButKeepsPinnedServers() throws Exception {
        Path file = twoServerPlan(true);
        CliRun run = CliRun.of("layout", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": laid out 1 of 2 servers\n", run.out());
        Topology t = TopologyFiles.load(file);
        assertTrue(t.server("hq").getPosition() != null);
        assertEquals(new Position(5000, 5000), t.server("b").getPosition());
    }

    @Test
    void layoutToAnotherFileLeavesTheOriginal() throws Exception {
        Path file = twoServerPlan(false);
        String before = Files.readString(file);
        Path out = dir.resolve("laid-out.wsus.json");
        assertEquals(0, CliRun.of("layout", file.toString(), "--to", out.toString()).exitCode());
        assertEquals(before, Files.readString(file));
        assertNull(TopologyFiles.load(file).server("b").getPosition());
        assertNotEquals(null, TopologyFiles.load(out).server("b").getPosition());
    }

    @Test
    void layoutFillsTheShapeGivenByAspect() throws Exception {
        Topology t = new Topology();
        Server hq = new Server("hq");
        t.addServer(hq);
        for (int i = 0; i < 60; i++) {
            Server b = new Server("b" + i);
            b.setSyncFromUpstream(true);
            b.setUpstreamId("hq");
            t.addServer(b);
        }
        Path file = dir.resolve("fan.wsus.json");
        TopologyFiles.save(t, file);
        double[] shape = new double[2];
        for (String aspect : new String[] {"16:9", "9:16"}) {
            Path out = dir.resolve("fan-" + aspect.replace(':', 'x') + ".wsus.json");
            assertEquals(0, CliRun.of("layout", file.toString(), "--to", out.toString(), "--aspect", aspect).exitCode());
            double maxX = 0, maxY = 0;
            for (Server s : TopologyFiles.load(out).servers()) {
                maxX = Math.max(maxX, s.getPosition().x());
                maxY = Math.max(maxY, s.getPosition().y());
            }
            shape[aspect.equals("16:9") ? 0 : 1] = maxX / maxY;
        }
        assertTrue(shape[0] > 1 && shape[1] < 1, "wide for 16:9, tall for 9:16: " + shape[0] + ", " + shape[1]);
    }

    @Test
    void layoutRefusesAnAspectThatIsNotTwoPositiveNumbers() throws Exception {
        Path file = twoServerPlan(false);
        String before = Files.readString(file);
        for (String bad : new String[] {"0:9", "abc", "-1:2"}) {
            CliRun run = CliRun.of("layout", file.toString(), "--aspect", bad);
            assertEquals(2, run.exitCode(), bad);
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("W:H") && run.err().contains(bad), run.err());
        }
        assertEquals(before, Files.readString(file));
    }

    @Test
    void layoutOfABrokenFileLeavesItUntouched() throws Exception {
        Path file = dir.resolve("broken.wsus.json");
        Files.writeString(file, "{\"format\": \"wsus-topology\"");
        CliRun run = CliRun.of("layout", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("{\"format\": \"wsus-topology\"", Files.readString(file));
    }

    @Test
    void unwritableTargetIsOneSentenceAndDebugAddsTheStackTrace() throws Exception {
        Path file = twoServerPlan(false);
        String target = dir.resolve("no/such/folder/out.wsus.json").toString();
        CliRun run = CliRun.of("layout", file.toString(), "--to", target);
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("cannot write " + target), run.err());
        assertFalse(run.err().contains("\tat "));
        CliRun debug = CliRun.of("--debug", "layout", file.toString(), "--to", target);
        assertEquals(2, debug.exitCode());
        assertTrue(debug.err().contains("\tat "), debug.err());
        CliRun debugAfter = CliRun.of("layout", file.toString(), "--to", target, "--debug");
        assertTrue(debugAfter.err().contains("\tat "), debugAfter.err());
    }
}
