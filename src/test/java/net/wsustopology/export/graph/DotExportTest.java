package net.wsustopology.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotExportTest {
    @TempDir Path dir;

    @Test
    void digraphWithEveryServerAndEdge() throws Exception {
        Topology t = SamplePlans.enterprise();
        Path out = dir.resolve("plan.dot");
        Exporter.export(t, SamplePlans.findingsFor(t), out, ExportOptions.defaults());
        String dot = Files.readString(out);
        assertTrue(dot.startsWith("digraph \"Contoso 2027 rollout\" {"));
        assertTrue(dot.contains("rankdir=TB;"));
        assertBalancedBraces(dot);
        for (Server s : t.servers()) {
            assertTrue(dot.contains("\"" + s.id() + "\" [label=\"" + s.getName()), s.id());
            if (s.isSyncFromUpstream()) assertTrue(dot.contains("\"" + s.getUpstreamId() + "\" -> \"" + s.id() + "\""), s.id());
            else assertTrue(dot.contains("\"Microsoft Update\" -> \"" + s.id() + "\""), s.id());
        }
        assertTrue(dot.contains("[label=\"8531 SSL\"]"));
        assertTrue(dot.contains("style=dashed"));
        assertRendersWithGraphviz(out);
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscaped() throws Exception {
        Topology t = new Topology();
        t.setName("say \"hi\"");
        Server s = Plans.root(t, "a");
        s.setName("x\" -> \"evil\" [label=\\");
        s.setSite("two\nlines");
        Path out = dir.resolve("odd.dot");
        Exporter.export(t, null, out, ExportOptions.defaults());
        String dot = Files.readString(out);
        assertTrue(dot.contains("label=\"x\\\" -> \\\"evil\\\" [label=\\\\\\ntwo lines · Tier 1 · root\""), dot);
        long edgeStatements = dot.lines().filter(l -> l.matches("^  \"(?:[^\"\\\\]|\\\\.)*\" -> .*")).count();
        assertEquals(1, edgeStatements, "only the Microsoft Update edge");
        assertBalancedBraces(dot);
        assertRendersWithGraphviz(out);
    }

    @Test
    void quoteFunction() {
        assertEquals("\"a\\\\b\\\"c\\nd\"", DotExporter.quote("a\\b\"c\nd\u0007"));
    }

    private static void assertBalancedBraces(String dot) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (c == '\\' && quoted) { i++; continue; }
            if (c == '"') quoted = !quoted;
            if (!quoted && c == '{') depth++;
            if (!quoted && c == '}') depth--;
            assertTrue(depth >= 0);
        }
        assertEquals(0, depth);
        assertTrue(!quoted, "unterminated string");
    }

    /** Runs Graphviz when it is installed; without it the textual checks above stand alone. */
    private static void assertRendersWithGraphviz(Path dot) throws Exception {
        Path exe = Path.of("/usr/bin/dot");
        if (!Files.isExecutable(exe)) return;
        Process p = new ProcessBuilder(exe.toString(), "-Tsvg", "-o", "/dev/null", dot.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(!output.contains("syntax error"), output);
    }
}
