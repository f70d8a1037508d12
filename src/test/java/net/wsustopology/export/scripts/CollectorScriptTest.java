package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorScriptTest {
    /** What a read-only script must never contain: anything that saves, sets, deletes, removes or starts. */
    private static final List<Pattern> CHANGES = List.of(
            Pattern.compile("\\.Save\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bSet-\\w", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\.Set\\w*\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\.Delete\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bRemove-\\w", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\.Remove\\w*\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bStart-\\w", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\.Start\\w*\\s*\\(", Pattern.CASE_INSENSITIVE));
    /** The WSUS API methods the issue and WSUS-API.md list, and the .NET helpers that only format text. */
    private static final Set<String> ALLOWED_CALLS = Set.of(
            "GetDownstreamServers", "GetConfiguration", "GetSubscription", "GetStatus", "GetEnabledUpdateLanguages",
            "GetLastSynchronizationInfo", "GetUpdateServer", "LoadWithPartialName",
            "ToString", "SpecifyKind", "Split", "ToLowerInvariant", "GetHostEntry", "Add", "Contains", "ContainsKey",
            "Substring", "ToArray", "GetUnresolvedProviderPathFromPSPath", "WriteAllText", "UTF8Encoding");
    private static final Pattern CALL = Pattern.compile("(?:\\.|::)([A-Za-z]\\w*)\\s*\\(");
    private static final Pattern COMMAND = Pattern.compile("^\\s*(?:\\$\\w+\\s*=\\s*)?([A-Z][a-z]+-[A-Za-z]+)", Pattern.MULTILINE);

    @TempDir Path dir;

    @Test
    void writesTheScriptWithCrlfAndABom() throws Exception {
        Path file = CollectorScript.write(dir.resolve("new folder"));
        assertEquals(CollectorScript.FILE_NAME, file.getFileName().toString());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertEquals(CollectorScript.text(), text.replace("\r\n", "\n"));
    }

    @Test
    void readsTheUpdateFilesSettings() {
        String text = CollectorScript.text();
        for (String member : List.of("HostBinariesOnMicrosoftUpdate", "DownloadUpdateBinariesAsNeeded", "DownloadExpressPackages",
                "GetContentFromMU")) {
            assertTrue(text.contains("$config." + member), member);
        }
        assertTrue(text.contains("$entry.Read.updateFiles"), "written under the plan's updateFiles member");
    }

    @Test
    void neverChangesAnything() {
        String text = CollectorScript.text();
        for (Pattern p : CHANGES) {
            Matcher m = p.matcher(text);
            assertFalse(m.find(), () -> "the collector must only read, but it contains " + m.group());
        }
    }

    @Test
    void theChangeCheckSeesAChange() {
        for (String bad : List.of("$config.Save()", "Set-WsusServerSynchronization -SyncFromMU", "$d.Delete()",
                "Remove-Item x", "$subscription.StartSynchronization()", "Start-Process x", "$c.SetProxyPassword('x')")) {
            assertTrue(CHANGES.stream().anyMatch(p -> p.matcher(bad).find()), bad);
        }
    }

    @Test
    void callsOnlyTheListedApiMembers() {
        Set<String> unexpected = new TreeSet<>();
        Matcher m = CALL.matcher(withoutComments(CollectorScript.text()));
        while (m.find()) if (!ALLOWED_CALLS.contains(m.group(1))) unexpected.add(m.group(1));
        assertEquals(Set.of(), unexpected);
    }

    @Test
    void runsOnlyReadingCmdlets() {
        Set<String> commands = new TreeSet<>();
        Matcher m = COMMAND.matcher(withoutComments(CollectorScript.text()));
        while (m.find()) commands.add(m.group(1));
        commands.removeAll(Set.of("Write-Host", "Write-Warning", "Write-Error", "New-Object", "Sort-Object", "Where-Object",
                "Select-Object", "ConvertTo-Json", "Get-FirstLabel", "Get-VersionCode", "Get-DefaultPort", "Get-PortPair",
                "Find-ByName", "Find-ByServerId", "Format-Utc", "Get-ErrorText", "Connect-Local", "Connect-Remote", "Find-Override",
                "Get-Candidates", "Connect-Entry", "Read-Configuration", "Add-Learned", "Read-Subscription", "Read-Status",
                "Get-Depth", "New-Entry"));
        assertEquals(Set.of(), commands);
    }

    @Test
    void takesTheParametersOfTheIssue() {
        String text = CollectorScript.text();
        for (String p : List.of("[string]$Server", "[int]$Port = 8530", "[switch]$UseSsl",
                "[string]$OutFile = 'hierarchy.wsus.json'", "[hashtable]$PortOverrides")) {
            assertTrue(text.contains(p), p);
        }
        assertFalse(text.contains("Get-WsusServer"), "WSUS 3.0 SP2 has no UpdateServices module");
        assertFalse(text.contains("Import-Module"));
        assertTrue(text.contains("AdminProxy]::GetUpdateServer($name, $ssl, $port)"));
        assertTrue(text.contains("AdminProxy]::GetUpdateServer()"));
        assertTrue(text.contains("New-Object System.Text.UTF8Encoding($false)"), "UTF-8 without a byte order mark");
    }

    @Test
    void commentsNameTheFactsItReliesOn() {
        String text = CollectorScript.text();
        List<String> missing = new ArrayList<>();
        for (String fact : List.of("GetDownstreamServers()", "ParentServerId", "FullDomainName", "IsReplica",
                "UpstreamWsusServerName", "SynchronizeAutomaticallyTimeOfDay", "GetLastSynchronizationInfo()",
                "[MS-WSUSSS] 3.2.4.5", "8530", "ComputerTargetCount", "ms745830", "aa349325", "aa354295", "ms747034",
                "UpstreamWsusServerPortNumber", "UpstreamWsusServerUseSsl", "LoadWithPartialName", "observed.unread")) {
            if (!comments(text).contains(fact)) missing.add(fact);
        }
        assertEquals(List.of(), missing);
    }

    private static String withoutComments(String text) {
        String noBlock = text.replaceAll("(?s)<#.*?#>", "");
        return noBlock.replaceAll("(?m)^\\s*#.*$", "").replaceAll("\\s#\\s.*", "");
    }

    private static String comments(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher block = Pattern.compile("(?s)<#.*?#>").matcher(text);
        while (block.find()) sb.append(block.group()).append('\n');
        Matcher line = Pattern.compile("(?m)#.*$").matcher(text);
        while (line.find()) sb.append(line.group()).append('\n');
        return sb.toString();
    }
}
