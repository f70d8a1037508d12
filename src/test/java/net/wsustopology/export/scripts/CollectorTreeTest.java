package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.wsustopology.export.scripts.PsTree.Node;
import net.wsustopology.export.scripts.PsTree.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector read as PowerShell reads it: the API alone, and every read in a try of its own. */
class CollectorTreeTest {
    private static final Set<String> READS = Set.of("GetDownstreamServers", "GetConfiguration", "GetSubscription",
            "GetStatus", "GetEnabledUpdateLanguages", "GetLastSynchronizationInfo");

    @Test
    void everyReadHasItsOwnTryAndNoModuleIsUsed(@TempDir Path dir) throws Exception {
        Node tree = parse(CollectorScript.write(dir));
        for (Node command : tree.descendants(n -> n.type().equals("command_name"))) {
            String name = command.leaves().toLowerCase(Locale.ROOT);
            assertFalse(name.contains("-wsus") || name.equals("import-module"), "the collector calls " + command.leaves());
        }
        for (String read : READS) {
            List<Node> calls = invocations(tree, read);
            assertFalse(calls.isEmpty(), read + " is not called");
            for (Node call : calls) assertNotNull(tryOf(call), read + " at row " + call.row() + " is outside any try");
        }
        // GetUpdateServer is called in Connect-Local and Connect-Remote; each call of those is inside a try
        for (Node call : tree.descendants(n -> n.type().equals("command_name")
                && (n.leaves().equals("Connect-Local") || n.leaves().equals("Connect-Remote")))) {
            assertNotNull(tryOf(call), call.leaves() + " at row " + call.row() + " is outside any try");
        }
        for (Node status : invocations(tree, "GetStatus")) {
            Node body = tryOf(status);
            assertTrue(invocations(body, "GetConfiguration").isEmpty() && invocations(body, "GetSubscription").isEmpty(),
                    "a failing GetStatus() must not lose the configuration or the schedule");
        }
        for (Node config : invocations(tree, "GetConfiguration")) {
            assertTrue(invocations(tryOf(config), "GetSubscription").isEmpty(), "configuration and schedule are read apart");
        }
    }

    @Test
    void theTreeHelperSeesAReadOutsideATry(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.ps1");
        Files.writeString(bad, "try { $c = $w.GetConfiguration(); $s = $w.GetStatus() } catch { }\n$x = $w.GetSubscription()\n");
        Node tree = parse(bad);
        assertEquals(null, tryOf(invocations(tree, "GetSubscription").get(0)));
        assertFalse(invocations(tryOf(invocations(tree, "GetStatus").get(0)), "GetConfiguration").isEmpty());
    }

    private static Node parse(Path file) throws Exception {
        Parsed p = PsTree.parse(List.of(file), true).get(0);
        assertEquals(-1, p.errorRow(), file + " has a syntax error");
        return p.tree();
    }

    private static List<Node> invocations(Node tree, String method) {
        return tree.descendants(n -> n.type().equals("invokation_expression") && n.children().stream()
                .anyMatch(c -> c.type().equals("member_name") && c.leaves().equals(method)));
    }

    /** The body of the innermost try around {@code node}, or null. */
    private static Node tryOf(Node node) {
        for (Node below = node, n = node.parent(); n != null; below = n, n = n.parent()) {
            if (n.type().equals("try_statement") && below.type().equals("statement_block")) return below;
        }
        return null;
    }
}
