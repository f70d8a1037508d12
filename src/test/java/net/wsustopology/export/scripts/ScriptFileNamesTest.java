package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFileNamesTest {
    @TempDir Path tmp;

    @Test
    void aScriptIsNamedByItsHostNameInLowerCase() {
        Topology t = new Topology();
        Plans.root(t, "hq").setName("WSUS-BER01.EU.corp.contoso.com");
        assertEquals("wsus-ber01.eu.corp.contoso.com.ps1", new ScriptFileNames(t).of(t.server("hq")));
    }

    @Test
    void namesThatAreNoHostNamesStillGivePlainFileNames() {
        assertEquals("__", ScriptFileNames.base("..", "x"));
        assertEquals("___.", ScriptFileNames.base("../.", "x"));
        assertEquals("__windows_system32", ScriptFileNames.base("\\\\windows\\system32", "x"));
        assertEquals("c__evil", ScriptFileNames.base("C:\\evil", "x"));
        assertEquals("_con", ScriptFileNames.base("CON", "x"));
        assertEquals("_nul.corp.contoso.com", ScriptFileNames.base("nul.corp.contoso.com", "x"));
        assertEquals("_com1", ScriptFileNames.base("Com1", "x"));
        assertEquals("_lpt9.x", ScriptFileNames.base("LPT9.x", "x"));
        assertEquals("console", ScriptFileNames.base("console", "x"), "only the device names themselves");
        assertEquals("a_b_c_d_e_f_g", ScriptFileNames.base("a<b>c:d\"e|f?g", "x"));
        assertEquals("tab_x", ScriptFileNames.base("tab\tx", "x"));
        assertEquals("東京-wsus", ScriptFileNames.base("東京-WSUS", "x"));
        assertEquals("plan-id", ScriptFileNames.base("  ", "plan-id"), "no name: the plan id");
        assertEquals(180, ScriptFileNames.base("a".repeat(300), "x").length());
    }

    @Test
    void twoServersWhoseNamesGiveOneFileGetTheirIds() {
        Topology t = new Topology();
        Plans.root(t, "a").setName("wsus.corp");
        Plans.root(t, "b").setName("WSUS.corp");
        Plans.root(t, "c").setName("wsus.corp-b");
        Plans.root(t, "d").setName("con");
        Plans.root(t, "e").setName("_con");
        ScriptFileNames names = new ScriptFileNames(t);
        List<String> files = t.servers().stream().map(names::of).toList();
        assertEquals(files.size(), new HashSet<>(files.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList()).size(), files.toString());
        assertEquals("wsus.corp-a.ps1", names.of(t.server("a")));
        assertTrue(names.of(t.server("b")).startsWith("wsus.corp-b"), files.toString());
    }

    @Test
    void hostileNamesAreAllWrittenInsideTheFolderAndNoneOverAnother() throws Exception {
        Topology t = new Topology();
        String[] hostile = {"..", "../..", "..\\..\\x", "/etc/passwd", "C:", "C:\\Windows\\x", "CON", "con", "NUL.txt", "aux",
                "COM1", "lpt1", "a/b", "a\\b", "A/B", "", " ", ".hidden", "x\u0000y", "name\r\nline", "wsus'$`\"", "東京"};
        for (int i = 0; i < hostile.length; i++) Plans.root(t, "s" + i).setName(hostile[i]);
        Path dir = tmp.resolve("out");
        ScriptWriter.Result result = ScriptWriter.write(t, dir, List.of(), true);
        assertEquals(hostile.length, result.scripts().size());
        Set<String> seen = new HashSet<>();
        for (Path p : result.scripts()) {
            assertEquals(dir, p.getParent(), p.toString());
            assertTrue(seen.add(p.getFileName().toString().toLowerCase(Locale.ROOT)), "two scripts in one file: " + p);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(hostile.length + 1, files.count(), "every script is its own file, beside rollout-order.txt");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(dir), files.toList(), "nothing was written outside the folder");
        }
        for (Server s : t.servers()) assertFalse(new ScriptFileNames(t).of(s).startsWith("."), s.getName());
    }
}
