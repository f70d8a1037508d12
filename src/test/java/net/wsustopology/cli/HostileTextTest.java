package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.xml.parsers.DocumentBuilderFactory;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Names that try to break the output: terminal escapes, characters XML cannot hold, half characters. */
class HostileTextTest {
    private static final Path CLEAN = Path.of("sample-topologies/three-region-enterprise.wsus.json");
    @TempDir Path tmp;

    private Path planWithName(String name) throws Exception {
        Topology plan = TopologyFiles.load(CLEAN);
        plan.servers().get(0).setName(name);
        Path file = tmp.resolve("hostile.wsus.json");
        TopologyFiles.save(plan, file);
        return file;
    }

    @Test
    void namesCannotForgeLinesOrReachTheTerminalAsEscapes() throws Exception {
        Topology planned = TopologyFiles.load(CLEAN);
        Topology actual = TopologyFiles.load(CLEAN);
        Server gone = actual.servers().get(actual.size() - 1);
        actual.removeServer(gone);
        planned.servers().get(planned.size() - 1).setName("evil\r\nok: forged line\b\u001b[2K\u009b31m\u2028x");
        Path p = tmp.resolve("planned.wsus.json");
        Path a = tmp.resolve("actual.wsus.json");
        TopologyFiles.save(planned, p);
        TopologyFiles.save(actual, a);
        CliRun run = CliRun.of("diff", p.toString(), a.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("evil\\r\\nok: forged line\\b\\u001b[2K\\u009b31m\\u2028x"), run.out());
        for (char c : run.out().toCharArray()) assertFalse(c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f, "raw control " + (int) c);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedVisiblyAndReportedOnce() throws Exception {
        Path plan = planWithName("wsus\uFFFE\uFFFF.corp");
        for (String ext : new String[] {"svg", "graphml"}) {
            Path out = tmp.resolve("plan." + ext);
            CliRun run = CliRun.of("export", plan.toString(), "--to", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            xml.newDocumentBuilder().parse(out.toFile());
            assertTrue(Files.readString(out).contains("wsus\uFFFD\uFFFD.corp"), ext);
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("2 characters of the plan cannot be written in this format and were replaced by \uFFFD: U+FFFE, U+FFFF"),
                    run.err());
        }
    }

    @Test
    void dotEscapesTheAmpersandGraphvizReadsAsAnEntity() throws Exception {
        Path plan = planWithName("a&x;b&amp;c");
        Path out = tmp.resolve("plan.dot");
        assertEquals(0, CliRun.of("export", plan.toString(), "--to", out.toString()).exitCode());
        String dot = Files.readString(out);
        assertTrue(dot.contains("a&amp;x;b&amp;amp;c"), dot);
    }

    @Test
    void aLoneSurrogateIsRefusedAtLoadWithItsJsonPath() throws Exception {
        String json = Files.readString(CLEAN);
        Topology plan = TopologyFiles.load(CLEAN);
        String name = plan.servers().get(1).getName();
        Path file = tmp.resolve("half.wsus.json");
        Files.writeString(file, json.replace("\"" + name + "\"", "\"x\\ud800y\""));
        CliRun run = CliRun.of("layout", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("$.servers[1].name"), run.err());
        assertTrue(run.err().contains("\\ud800, half of a surrogate pair"), run.err());
        assertEquals(json.replace("\"" + name + "\"", "\"x\\ud800y\""), Files.readString(file), "the file is untouched");
    }

    @Test
    void aLineSeparatorInANameExportsToPdfWithoutALoggedError() throws Exception {
        Path plan = planWithName("wsus\u2028x.corp");
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord r) { if (r.getLevel().intValue() >= Level.WARNING.intValue()) logged.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            CliRun run = CliRun.of("export", plan.toString(), "--to", tmp.resolve("plan.pdf").toString());
            assertEquals(0, run.exitCode(), run.err());
        } finally {
            root.removeHandler(handler);
        }
        assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void aPngThatCannotBeWrittenGetsOneSentenceAndExit2() throws Exception {
        Files.createDirectory(tmp.resolve("dir.png"));
        CliRun onDir = CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("dir.png").toString());
        assertEquals(2, onDir.exitCode());
        assertEquals("cannot write " + tmp.resolve("dir.png") + ": it is a folder\n", onDir.err());
        CliRun missing = CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("no/such/x.png").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("cannot write " + tmp.resolve("no/such/x.png") + ": the folder does not exist\n", missing.err());
    }

    @Test
    void absurdNumbersGetASentenceNotAnException() {
        CliRun aspect = CliRun.of("layout", CLEAN.toString(), "--to", tmp.resolve("x.json").toString(), "--aspect", "1e-300:1e300");
        assertEquals(2, aspect.exitCode());
        assertFalse(aspect.err().contains("Exception"), aspect.err());
        assertTrue(aspect.err().contains("between 1:1000 and 1000:1"), aspect.err());
        CliRun scale = CliRun.of("export", CLEAN.toString(), "--to", tmp.resolve("x.png").toString(), "--scale", "0");
        assertEquals("--scale must be more than 0 and at most 16, not 0\n", scale.err());
    }

    @Command(name = "export")
    static final class Greedy implements Callable<Integer> {
        @Parameters private Path file;

        @Override public Integer call() { throw new OutOfMemoryError("Java heap space"); }
    }

    @Test
    void runningOutOfMemoryIsOneSentenceWithExit2() {
        CommandLine cli = new CommandLine(new WsusCli());
        cli.addSubcommand("export", new Greedy());
        StringWriter err = new StringWriter();
        int code = WsusCli.run(cli, new PrintWriter(new StringWriter()), new PrintWriter(err), "export", CLEAN.toString());
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("wsus-topology export ran out of memory on a plan of "), err.toString());
        assertTrue(err.toString().contains("-Xmx"), err.toString());
    }
}
