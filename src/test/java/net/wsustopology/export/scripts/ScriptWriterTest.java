package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptWriterTest {
    private static final String HOSTILE = "x'; Remove-Item C:\\ -Recurse; '";
    @TempDir Path dir;

    @Test
    void oneScriptPerServerWithCrlfAndBom() throws Exception {
        Topology t = SamplePlans.enterprise();
        ScriptWriter.Result result = ScriptWriter.write(t, dir, List.of(), false);
        assertEquals(t.size(), result.scripts().size());
        for (Server s : t.servers()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(s.id() + ".ps1"));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
            assertTrue(text.contains("$intendedHost = '" + s.getName() + "'"));
        }
        assertTrue(Files.exists(dir.resolve(ScriptWriter.ROLLOUT_ORDER)));
    }

    @Test
    void rootSyncsFromMicrosoftUpdateWithProxyLanguagesAndSchedule() {
        Topology t = SamplePlans.enterprise();
        String script = ScriptWriter.script(t, t.server("hq"));
        assertTrue(script.contains("\nSet-WsusServerSynchronization -SyncFromMU\n"));
        assertTrue(script.contains("$config.UseProxy = $true\n"));
        assertTrue(script.contains("$config.ProxyName = 'proxy.corp.contoso.com'\n"));
        assertTrue(script.contains("$config.ProxyServerPort = 8080\n"));
        assertTrue(script.contains("$config.AnonymousProxyAccess = $false\n"));
        assertTrue(script.contains("$config.ProxyUserName = 'svc-wsus'\n"));
        assertTrue(script.contains("$config.ProxyUserDomain = 'CONTOSO'\n"));
        assertTrue(script.contains("$config.AllowProxyCredentialsOverNonSsl = $false\n"));
        assertTrue(script.contains("Write-Warning 'Enter the password of proxy user CONTOSO\\svc-wsus in the WSUS console"), script);
        assertFalse(script.contains("SetProxyPassword"));
        assertFalse(script.contains("UseProxyCredentials"));
        assertTrue(script.contains("$config.AllUpdateLanguagesEnabled = $false\n"));
        assertTrue(script.contains("$config.SetEnabledUpdateLanguages([string[]]@('en', 'de', 'fr', 'ja'))\n"));
        assertTrue(script.contains("$config.Save()\n"));
        assertTrue(script.contains("$subscription = $wsus.GetSubscription()\n"));
        assertTrue(script.contains("$subscription.SynchronizeAutomatically = $true\n"));
        assertTrue(script.contains("$subscription.SynchronizeAutomaticallyTimeOfDay = [TimeSpan]::Parse('02:00')\n"));
        assertTrue(script.contains("$subscription.NumberOfSynchronizationsPerDay = 1\n"));
        assertTrue(script.contains("$subscription.Save()\n"));
        assertTrue(script.indexOf("exit 1") < script.indexOf("Set-WsusServerSynchronization"), "host check comes first");
    }

    @Test
    void downstreamUsesUpstreamNamePortSslAndReplica() {
        Topology t = SamplePlans.enterprise();
        String hub = ScriptWriter.script(t, t.server("ber"));
        assertTrue(hub.contains("\nSet-WsusServerSynchronization -UssServerName 'wsus01.corp.contoso.com' -PortNumber 8531 -UseSsl\n"), hub);
        String replica = ScriptWriter.script(t, t.server("ber-br1"));
        assertTrue(replica.contains("-UssServerName 'wsus-ber.corp.contoso.com' -PortNumber 8530 -Replica\n"), replica);
        assertTrue(replica.contains("A replica takes its upstream's languages"));
        assertFalse(replica.contains("SetEnabledUpdateLanguages"));
        assertTrue(replica.contains("$config.UseProxy = $false\n"));
        assertFalse(replica.contains("Read-Host"));
        assertTrue(replica.contains("$subscription.SynchronizeAutomatically = $false\n"));
        assertFalse(replica.contains("NumberOfSynchronizationsPerDay"));
        String all = ScriptWriter.script(t, t.server("lab"));
        assertTrue(all.contains("$config.AllUpdateLanguagesEnabled = $true\n"));
        assertFalse(all.contains("SetEnabledUpdateLanguages"));
    }

    @Test
    void hostileValuesStayInsideSingleQuotes() {
        Topology t = new Topology();
        Server up = Plans.root(t, "up");
        up.setName(HOSTILE);
        up.setProxy(new ProxySettings(true, "p'roxy", 3128, true, "u\u2019ser", "D'OM", true));
        up.setLanguages(LanguageSelection.of(List.of("en'; calc; '")));
        up.setSync(new SyncSchedule(true, "01:00'); calc; ('", 2));
        Server down = Plans.downstream(t, "down", "up");
        down.setName("down\r\nRemove-Item C:\\ -Recurse");
        String upScript = ScriptWriter.script(t, up);
        assertTrue(upScript.contains("$intendedHost = 'x''; Remove-Item C:\\ -Recurse; '''\n"));
        assertTrue(upScript.contains("$config.ProxyName = 'p''roxy'\n"));
        assertTrue(upScript.contains("$config.ProxyUserName = 'u\u2019\u2019ser'\n"));
        assertTrue(upScript.contains("$config.ProxyUserDomain = 'D''OM'\n"));
        assertTrue(upScript.contains("@('en''; calc; ''')"));
        assertTrue(upScript.contains("[TimeSpan]::Parse('01:00''); calc; (''')"));
        String downScript = ScriptWriter.script(t, down);
        assertTrue(downScript.contains("-UssServerName 'x''; Remove-Item C:\\ -Recurse; '''"));
        assertTrue(downScript.contains("$intendedHost = 'down  Remove-Item C:\\ -Recurse'\n"));
        for (String line : (upScript + downScript).split("\n")) {
            if (line.startsWith("#")) continue;
            assertTrue(balancedSingleQuotes(line), line);
            assertFalse(outsideQuotes(line).contains("Remove-Item"), line);
            assertFalse(outsideQuotes(line).contains("calc"), line);
        }
        assertTrue(upScript.lines().filter(l -> l.startsWith("# WSUS settings for")).allMatch(l -> l.contains("Remove-Item")),
                "a comment stays one line");
    }

    @Test
    void danglingUpstreamScriptStopsBeforeChangingAnything() {
        Topology t = new Topology();
        Server s = Plans.downstream(t, "lost", "nowhere");
        String script = ScriptWriter.script(t, s);
        assertTrue(script.contains("throw 'The plan names no upstream server ''nowhere'' for this server"));
        assertTrue(script.indexOf("throw") < script.indexOf("$config = "));
    }

    @Test
    void refusesAPlanWithErrorsUnlessForced() throws Exception {
        Topology t = SamplePlans.enterprise();
        List<Finding> findings = SamplePlans.findingsFor(t);
        PlanHasErrorsException e = assertThrows(PlanHasErrorsException.class, () -> ScriptWriter.write(t, dir, findings, false));
        assertEquals(1, e.errors().size());
        assertEquals("LNG-01", e.errors().get(0).ruleId());
        assertTrue(e.getMessage().contains("LNG-01"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
        ScriptWriter.write(t, dir, findings, true);
        assertTrue(Files.exists(dir.resolve("tyo.ps1")));
    }

    @Test
    void warningsDoNotBlock() throws Exception {
        Topology t = SamplePlans.enterprise();
        ScriptWriter.write(t, dir, List.of(new Finding("CAP-01", Severity.WARNING, "hq", List.of(), "many clients")), false);
        assertTrue(Files.exists(dir.resolve("hq.ps1")));
    }

    @Test
    void validatesByItselfWhenGivenNoFindings() {
        Topology t = new Topology();
        Server hq = Plans.root(t, "hq");
        hq.setLanguages(LanguageSelection.of(List.of("en")));
        Server down = Plans.downstream(t, "d", "hq");
        down.setLanguages(LanguageSelection.of(List.of("en", "de")));
        PlanHasErrorsException e = assertThrows(PlanHasErrorsException.class, () -> ScriptWriter.write(t, dir));
        assertTrue(e.errors().stream().anyMatch(f -> f.ruleId().equals("LNG-01")));
    }

    private static boolean balancedSingleQuotes(String line) {
        return outsideQuotes(line) != null;
    }

    /** The line with every single-quoted literal (with '' and typographic quotes doubled) removed; null if one is open. */
    private static String outsideQuotes(String line) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean quote = c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
            if (quote && quoted && i + 1 < line.length() && isQuote(line.charAt(i + 1))) {
                i++;
                continue;
            }
            if (quote) {
                quoted = !quoted;
                continue;
            }
            if (!quoted) sb.append(c);
        }
        return quoted ? null : sb.toString();
    }

    private static boolean isQuote(char c) { return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b'; }
}
