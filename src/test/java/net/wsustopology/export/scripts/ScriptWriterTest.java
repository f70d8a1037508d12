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
import java.util.Locale;
import net.wsustopology.export.SamplePlans;
import net.wsustopology.layout.Plans;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
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
    void oneScriptPerServerNamedByHostNameWithCrlfAndBom() throws Exception {
        Topology t = SamplePlans.enterprise();
        ScriptWriter.Result result = ScriptWriter.write(t, dir, List.of(), false);
        assertEquals(t.size(), result.scripts().size());
        for (Server s : t.servers()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(s.getName().toLowerCase(Locale.ROOT) + ".ps1"));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
            assertTrue(text.contains("$intendedHost = '" + s.getName() + "'"));
        }
        assertTrue(Files.exists(dir.resolve(ScriptWriter.ROLLOUT_ORDER)));
    }

    @Test
    void aRenamedServerGetsItsNewName() throws Exception {
        Topology t = SamplePlans.enterprise();
        t.server("ber").setName("WSUS-BER01.eu.corp.contoso.com");
        ScriptWriter.write(t, dir, List.of(), false);
        assertTrue(Files.exists(dir.resolve("wsus-ber01.eu.corp.contoso.com.ps1")));
        assertFalse(Files.exists(dir.resolve("ber.ps1")));
        String order = Files.readString(dir.resolve(ScriptWriter.ROLLOUT_ORDER), StandardCharsets.UTF_8);
        assertTrue(order.contains("wsus-ber01.eu.corp.contoso.com.ps1"), order);
    }

    @Test
    void rootPlansMicrosoftUpdateProxyWithPasswordLanguagesAndSchedule() {
        Topology t = SamplePlans.enterprise();
        String script = ScriptWriter.script(t, t.server("hq"));
        String plan = plannedBlock(script);
        assertTrue(plan.contains("'SyncFromMicrosoftUpdate' = $true\n"), plan);
        assertTrue(plan.contains("'IsReplicaServer' = $false\n"));
        assertFalse(plan.contains("UpstreamWsusServerName"), "a root keeps its unused upstream values");
        assertTrue(plan.contains("'UseProxy' = $true\n"));
        assertTrue(plan.contains("'ProxyName' = 'proxy.corp.contoso.com'\n"));
        assertTrue(plan.contains("'ProxyServerPort' = 8080\n"));
        assertTrue(plan.contains("'AnonymousProxyAccess' = $false\n"));
        assertTrue(plan.contains("'ProxyUserName' = 'svc-wsus'\n"));
        assertTrue(plan.contains("'ProxyUserDomain' = 'CONTOSO'\n"));
        assertTrue(plan.contains("'AllowProxyCredentialsOverNonSsl' = $false\n"));
        assertTrue(plan.contains("'AllUpdateLanguagesEnabled' = $false\n"));
        assertTrue(plan.contains("'EnabledUpdateLanguages' = 'de,en,fr,ja'\n"), plan);
        assertTrue(plan.contains("'SynchronizeAutomatically' = $true\n"));
        assertTrue(plan.contains("'SynchronizeAutomaticallyTimeOfDay' = '02:00'\n"));
        assertTrue(plan.contains("'NumberOfSynchronizationsPerDay' = 1\n"));
        assertTrue(script.contains("$config.SetProxyPassword($password)"));
        assertFalse(script.contains("Import-Module"));
        assertFalse(script.contains("Get-WsusServer"));
        assertFalse(script.contains("Set-WsusServerSynchronization"));
        assertTrue(script.contains("[Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()"));
    }

    @Test
    void updateFilesAreSetWhereWsusUsesThemAndCheckedAgainstTheLanguages() {
        Topology t = SamplePlans.enterprise();
        ServerSettings.EXPRESS_FILES.set(t.server("ber"), true);
        ServerSettings.FILES_FROM_MICROSOFT_UPDATE.set(t.server("ber"), true);
        String hub = plannedBlock(ScriptWriter.script(t, t.server("ber")));
        assertTrue(hub.contains("'HostBinariesOnMicrosoftUpdate' = $false\n    'DownloadUpdateBinariesAsNeeded' = $true\n"
                + "    'DownloadExpressPackages' = $true\n    'GetContentFromMU' = $true\n"), hub);
        String root = plannedBlock(ScriptWriter.script(t, t.server("hq")));
        assertFalse(root.contains("GetContentFromMU"), "only a downstream uses it: a root keeps its own value");
        ServerSettings.STORE_LOCALLY.set(t.server("ber"), false);
        String script = ScriptWriter.script(t, t.server("ber"));
        String noFiles = plannedBlock(script);
        assertTrue(noFiles.contains("'HostBinariesOnMicrosoftUpdate' = $true\n"), noFiles);
        assertFalse(noFiles.contains("DownloadExpressPackages"), "ignored without local files: left as the server has it");
        assertTrue(script.contains("(Get-Effective 'HostBinariesOnMicrosoftUpdate') -eq $true"), "the languages check");
    }

    @Test
    void downstreamPlansAllFiveUpdateSourcePropertiesTogether() {
        Topology t = SamplePlans.enterprise();
        String hub = plannedBlock(ScriptWriter.script(t, t.server("ber")));
        assertTrue(hub.contains("'SyncFromMicrosoftUpdate' = $false\n    'UpstreamWsusServerName' = 'wsus01.corp.contoso.com'\n"
                + "    'UpstreamWsusServerPortNumber' = 8531\n    'UpstreamWsusServerUseSsl' = $true\n    'IsReplicaServer' = $false\n"), hub);
        String replica = plannedBlock(ScriptWriter.script(t, t.server("ber-br1")));
        assertTrue(replica.contains("'UpstreamWsusServerName' = 'wsus-ber.corp.contoso.com'\n    'UpstreamWsusServerPortNumber' = 8530\n"
                + "    'UpstreamWsusServerUseSsl' = $false\n    'IsReplicaServer' = $true\n"), replica);
        assertFalse(replica.contains("UpdateLanguages"), "a replica takes its upstream's languages");
        assertTrue(replica.contains("'UseProxy' = $false\n"));
        assertFalse(replica.contains("ProxyName"));
        assertTrue(replica.contains("'SynchronizeAutomatically' = $false\n"));
        assertFalse(replica.contains("NumberOfSynchronizationsPerDay"));
        String all = plannedBlock(ScriptWriter.script(t, t.server("lab")));
        assertTrue(all.contains("'AllUpdateLanguagesEnabled' = $true\n"));
        assertFalse(all.contains("EnabledUpdateLanguages'"));
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
        down.setName("down\r\nRemove-Item C:\\ -Recurse #> ##PLANNED##");
        String upScript = ScriptWriter.script(t, up);
        assertTrue(upScript.contains("$intendedHost = 'x''; Remove-Item C:\\ -Recurse; '''\n"));
        assertTrue(upScript.contains("'ProxyName' = 'p''roxy'\n"));
        assertTrue(upScript.contains("'ProxyUserName' = 'u\u2019\u2019ser'\n"));
        assertTrue(upScript.contains("'ProxyUserDomain' = 'D''OM'\n"));
        assertTrue(upScript.contains("'EnabledUpdateLanguages' = 'en''; calc; '''\n"), plannedBlock(upScript));
        assertTrue(upScript.contains("'SynchronizeAutomaticallyTimeOfDay' = '01:00''); calc; ('''\n"));
        String downScript = ScriptWriter.script(t, down);
        assertTrue(downScript.contains("'UpstreamWsusServerName' = 'x''; Remove-Item C:\\ -Recurse; '''"));
        assertTrue(downScript.contains("$intendedHost = 'down  Remove-Item C:\\ -Recurse #> ##PLANNED##'\n"), "a marker in a name stays text");
        assertTrue(downScript.contains("settings of down  Remove-Item C:\\ -Recurse # > ##PLANNED## (plan id: down)"), "the help block stays closed");
        for (String script : List.of(upScript, downScript)) {
            String body = script.substring(script.indexOf("\n#>\n"));
            for (String line : body.split("\n")) {
                if (line.trim().startsWith("#")) continue;
                assertTrue(balancedSingleQuotes(line), line);
                assertFalse(outsideQuotes(line).contains("Remove-Item"), line);
                assertFalse(outsideQuotes(line).contains("calc"), line);
            }
        }
    }

    @Test
    void danglingUpstreamScriptFailsItsChecksBeforeChangingAnything() {
        Topology t = new Topology();
        Server s = Plans.downstream(t, "lost", "nowhere");
        String script = ScriptWriter.script(t, s);
        assertTrue(script.contains("'Update Source: the plan names no upstream server ''nowhere'' for this server"));
        assertFalse(plannedBlock(script).contains("UpstreamWsusServerName"));
        assertTrue(script.indexOf("foreach ($problem in $planProblems)") < script.indexOf("$config.Save()"));
    }

    /** The script's $planned table. */
    private static String plannedBlock(String script) {
        int start = script.indexOf("$planned = [ordered]@{\n");
        return script.substring(start, script.indexOf("\n}\n", start) + 1);
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
        assertTrue(Files.exists(dir.resolve("wsus-tyo.corp.contoso.com.ps1")));
    }

    @Test
    void warningsDoNotBlock() throws Exception {
        Topology t = SamplePlans.enterprise();
        ScriptWriter.write(t, dir, List.of(new Finding("CAP-01", Severity.WARNING, "hq", List.of(), "many clients")), false);
        assertTrue(Files.exists(dir.resolve("wsus01.corp.contoso.com.ps1")));
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
