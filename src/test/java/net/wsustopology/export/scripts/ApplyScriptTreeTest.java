package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.wsustopology.export.scripts.PsTree.Node;
import net.wsustopology.export.scripts.PsTree.Parsed;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.RandomPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply scripts, read as PowerShell reads them (the tree-sitter grammar), not as text: every
 * Save() only under a ShouldProcess check, no UpdateServices cmdlet, every check before the first
 * change, and scripts of every sample, of random plans and of hostile names all parse.
 */
class ApplyScriptTreeTest {
    private static final Pattern WSUS_CMDLET = Pattern.compile("(?i)^[a-z]+-wsus\\w*$");
    private static final int TREES_PER_SAMPLE = 4;
    @TempDir Path dir;

    @Test
    void scriptsOfEverySampleParseAndKeepTheirShape() throws Exception {
        List<Path> all = new ArrayList<>();
        List<Path> shaped = new ArrayList<>();
        try (Stream<Path> plans = Files.list(Path.of("sample-topologies"))) {
            for (Path plan : (Iterable<Path>) plans.filter(p -> p.toString().endsWith(".wsus.json")).sorted()::iterator) {
                Path out = dir.resolve(plan.getFileName().toString());
                List<Path> scripts = ScriptWriter.write(TopologyFiles.load(plan), out, List.of(), true).scripts();
                all.addAll(scripts);
                shaped.addAll(scripts.subList(0, Math.min(TREES_PER_SAMPLE, scripts.size())));
            }
        }
        for (Parsed p : PsTree.parse(all, false)) assertEquals(-1, p.errorRow(), p.file() + " has a syntax error");
        for (Parsed p : PsTree.parse(shaped, true)) assertShape(p);
    }

    @Test
    void scriptsOfRandomPlansParseAndKeepTheirShape() throws Exception {
        List<Path> scripts = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            Topology t = new RandomPlans(seed).plan(6);
            scripts.addAll(ScriptWriter.write(t, dir.resolve("random-" + seed), List.of(), true).scripts());
        }
        for (Parsed p : PsTree.parse(scripts, true)) assertShape(p);
    }

    @Test
    void hostileNamesStayTextInTheTree() throws Exception {
        Topology plain = new Topology();
        Plans.root(plain, "up").setProxy(new ProxySettings(true, "proxy", 8080, true, "svc", "DOM", false));
        Plans.downstream(plain, "down", "up");
        Path plainDir = dir.resolve("plain");
        List<Path> plainScripts = ScriptWriter.write(plain, plainDir, List.of(), true).scripts();

        Topology t = new Topology();
        t.setName("Plan #> $(Remove-Item C:\\) `n ##PLANNED##");
        Server up = Plans.root(t, "up");
        String hostile = "wsus'$(calc)`\"\u2019#>##HOST##é東京";
        up.setName(hostile);
        up.setProxy(new ProxySettings(true, "p'r$oxy`", 8080, true, "u\u2018$env:USERNAME", "D\"OM'", true));
        up.setLanguages(LanguageSelection.of(List.of("en'; calc; '", "$x")));
        up.setSync(new SyncSchedule(true, "01:00'); calc; ('", 2));
        Server down = Plans.downstream(t, "down", "up");
        down.setName("..\\..\\CON:$`'\"\n");
        List<Path> scripts = ScriptWriter.write(t, dir.resolve("hostile"), List.of(), true).scripts();

        List<Parsed> parsed = PsTree.parse(scripts, true);
        Set<String> plainVariables = new TreeSet<>();
        Set<String> plainCommands = new TreeSet<>();
        for (Parsed p : PsTree.parse(plainScripts, true)) {
            assertShape(p);
            plainVariables.addAll(texts(p.tree(), "variable"));
            plainCommands.addAll(texts(p.tree(), "command_name"));
        }
        for (Parsed p : parsed) {
            assertShape(p);
            assertTrue(plainVariables.containsAll(texts(p.tree(), "variable")), p.file() + ": a value became a variable: "
                    + texts(p.tree(), "variable"));
            assertTrue(plainCommands.containsAll(texts(p.tree(), "command_name")), p.file() + ": a value became a command");
        }
        Node upTree = parsed.get(0).tree();
        Node hostAssignment = upTree.descendants(n -> n.type().equals("assignment_expression")
                && n.leaves().startsWith("$intendedHost ")).get(0);
        assertTrue(hostAssignment.leaves().endsWith(PowerShell.quote(hostile)), hostAssignment.leaves());
    }

    /** The shape SPEC section 3 asks for, checked on the syntax tree. */
    static void assertShape(Parsed p) {
        String file = p.file().getFileName().toString();
        assertEquals(-1, p.errorRow(), file + " has a syntax error at row " + p.errorRow());
        Node tree = p.tree();
        assertTrue(tree.has(n -> n.type().equals("attribute") && n.leaves().replace(" ", "").equals("CmdletBindingSupportsShouldProcess")),
                file + ": no [CmdletBinding(SupportsShouldProcess)]");
        Set<String> parameters = new TreeSet<>();
        for (Node param : tree.descendants(n -> n.type().equals("script_parameter"))) parameters.addAll(texts(param, "variable"));
        assertTrue(parameters.containsAll(Set.of("$LogPath", "$ProxyCredential", "$Restore")), file + ": parameters " + parameters);

        List<Node> saves = invocations(tree, "Save");
        assertEquals(2, saves.size(), file + ": one Save() of the configuration, one of the schedule");
        for (Node save : saves) assertTrue(underShouldProcess(save), file + ": Save() at row " + save.row() + " is not under ShouldProcess");
        for (Node call : invocations(tree, "SetProxyPassword")) assertTrue(underShouldProcess(call), file);
        for (Node call : invocations(tree, "SetEnabledUpdateLanguages")) assertTrue(underShouldProcess(call), file);

        for (String command : texts(tree, "command_name")) {
            assertFalse(WSUS_CMDLET.matcher(command).matches(), file + " calls " + command);
            assertFalse(command.toLowerCase(Locale.ROOT).equals("import-module"), file + " imports a module");
        }

        List<Node> checkBlocks = tree.descendants(n -> n.type().equals("if_statement") && n.child("condition") != null
                && n.child("condition").leaves().contains("$problems")
                && n.has(x -> x.type().equals("flow_control_statement")));
        assertEquals(1, checkBlocks.size(), file + ": one check block");
        int checks = checkBlocks.get(0).row();
        List<Node> changes = tree.descendants(n -> n.type().equals("assignment_expression") && isConfigurationProperty(n.children().get(0)));
        assertFalse(changes.isEmpty(), file + ": sets no configuration property");
        for (Node change : changes) assertTrue(change.row() > checks, file + ": " + change.leaves() + " comes before the checks");
        List<Node> supported = tree.descendants(n -> n.type().equals("member_access") && n.leaves().endsWith(" SupportedUpdateLanguages"));
        assertFalse(supported.isEmpty(), file + ": languages are not checked against SupportedUpdateLanguages");
        assertTrue(supported.get(0).row() < checks, file);

        for (Node use : tree.descendants(n -> n.type().equals("variable") && n.text().equalsIgnoreCase("$password"))) {
            Node statement = use;
            while (statement.parent() != null && !statement.type().equals("argument_list") && !statement.type().equals("command_elements")) {
                statement = statement.parent();
            }
            if (statement.parent() == null) continue;
            String owner = statement.parent().leaves();
            assertTrue(!statement.type().equals("command_elements") && owner.contains("SetProxyPassword"),
                    file + ": the password is handed to " + owner);
        }
    }

    private static List<Node> invocations(Node tree, String method) {
        return tree.descendants(n -> n.type().equals("invokation_expression") && n.children().stream()
                .anyMatch(c -> c.type().equals("member_name") && c.leaves().equals(method)));
    }

    /** Inside the then-block of an if whose condition calls ShouldProcess. */
    private static boolean underShouldProcess(Node node) {
        for (Node below = node, n = node.parent(); n != null; below = n, n = n.parent()) {
            if (!n.type().equals("if_statement") || !below.type().equals("statement_block")) continue;
            Node condition = n.child("condition");
            boolean thenBlock = n.children().stream().filter(c -> c.type().equals("statement_block")).findFirst().orElse(null) == below;
            if (thenBlock && condition != null && !invocations(condition, "ShouldProcess").isEmpty()) return true;
        }
        return false;
    }

    /** $config.X or $subscription.X on the left of an assignment. */
    private static boolean isConfigurationProperty(Node left) {
        List<Node> access = left.descendants(n -> n.type().equals("member_access"));
        if (access.isEmpty()) return false;
        String target = access.get(0).children().get(0).leaves().toLowerCase(Locale.ROOT);
        return target.equals("$config") || target.equals("$subscription");
    }

    private static Set<String> texts(Node tree, String type) {
        Set<String> found = new TreeSet<>();
        for (Node n : tree.descendants(x -> x.type().equals(type))) found.add(n.leaves());
        return found;
    }

    @Test
    void theHelperSeesAScriptThatBreaksTheRules(@TempDir Path bad) throws Exception {
        Path script = bad.resolve("bad.ps1");
        Files.writeString(script, "[CmdletBinding(SupportsShouldProcess)]\nparam([string]$LogPath, $ProxyCredential, $Restore)\n"
                + "Import-Module UpdateServices\n$config.UseProxy = $true\n$config.Save()\n"
                + "if ($problems.Count -gt 0) { exit 1 }\n");
        Parsed p = PsTree.parse(List.of(script), true).get(0);
        assertNotNull(p.tree());
        assertEquals(1, invocations(p.tree(), "Save").size());
        assertFalse(underShouldProcess(invocations(p.tree(), "Save").get(0)));
        assertTrue(texts(p.tree(), "command_name").contains("Import-Module"));
        Node left = p.tree().descendants(n -> n.type().equals("assignment_expression")).get(0).children().get(0);
        assertTrue(isConfigurationProperty(left));
    }
}
