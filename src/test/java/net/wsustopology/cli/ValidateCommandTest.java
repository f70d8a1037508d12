package net.wsustopology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import net.wsustopology.model.Server;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Rule;
import net.wsustopology.validation.Severity;
import net.wsustopology.validation.ValidationContext;
import net.wsustopology.validation.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    /** Flags every server whose site names the severity, so a test picks its findings by writing a plan. */
    record SiteRule(String id, Severity severity) implements Rule {
        @Override public List<Reads> reads() { return List.of(Reads.self(Server.SITE)); }

        @Override public void check(Server s, ValidationContext ctx, Consumer<Finding> out) {
            if (s.getSite().equals(severity.code())) out.accept(finding(s, List.of("hq"), "site says " + severity.code()));
        }
    }

    private static final Validator FAKE = new Validator(List.of(
            new SiteRule("TST-E", Severity.ERROR), new SiteRule("TST-W", Severity.WARNING), new SiteRule("TST-I", Severity.INFO)));

    @TempDir Path dir;
    private Path clean;
    private Path warning;
    private Path info;
    private Path error;
    private Path broken;

    private Path plan(String name, String site) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"format\": \"wsus-topology\", \"formatVersion\": 1, \"servers\": ["
                + "{\"id\": \"hq\", \"name\": \"hq.example.com\"},"
                + "{\"id\": \"b\", \"name\": \"b.example.com\", \"site\": \"" + site + "\","
                + " \"updateSource\": {\"from\": \"upstream\", \"upstream\": \"hq\"}}]}", StandardCharsets.UTF_8);
        return file;
    }

    @BeforeEach
    void plans() throws Exception {
        clean = plan("clean.wsus.json", "Berlin");
        warning = plan("warning.wsus.json", "warning");
        info = plan("info.wsus.json", "info");
        error = plan("error.wsus.json", "error");
        broken = dir.resolve("broken.wsus.json");
        Files.writeString(broken, "{\"format\": \"wsus-topology\", \"formatVersion\": 1,\n \"servers\": [{\"id\": 7}]}");
    }

    private static CliRun validate(Object... args) {
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        for (int i = 0; i < args.length; i++) all[i + 1] = args[i].toString();
        return CliRun.with(FAKE, all);
    }

    @Test
    void cleanPlanExitsZeroWithASummary() {
        CliRun run = validate(clean);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(clean + ": 2 servers, no issues\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void findingsArePrintedOneALine() {
        CliRun run = validate(error);
        assertEquals(1, run.exitCode());
        assertEquals(error + ": error TST-E b: site says error\n" + error + ": 2 servers, 1 error, 0 warnings, 0 info\n", run.out());
    }

    @Test
    void failOnPicksTheLevelThatFails() {
        assertEquals(0, validate(warning).exitCode(), "default level is error");
        assertEquals(1, validate(warning, "--fail-on", "warning").exitCode());
        assertEquals(0, validate(info, "--fail-on", "warning").exitCode());
        assertEquals(1, validate(info, "--fail-on", "info").exitCode());
        assertEquals(1, validate(error, "--fail-on", "WARNING").exitCode());
        CliRun bad = validate(clean, "--fail-on", "fatal");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("expected error, warning or info but found 'fatal'"), bad.err());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void jsonHasTheShapeOfTheSpec() {
        CliRun run = validate("--json", warning, clean);
        assertEquals(0, run.exitCode());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, root.size());
        JsonArray files = root.getAsJsonArray("files");
        assertEquals(2, files.size());
        JsonObject first = files.get(0).getAsJsonObject();
        assertEquals(List.of("file", "servers", "issues"), List.copyOf(first.keySet()));
        assertEquals(warning.toString(), first.get("file").getAsString());
        assertEquals(2, first.get("servers").getAsInt());
        JsonObject issue = first.getAsJsonArray("issues").get(0).getAsJsonObject();
        assertEquals(List.of("rule", "severity", "server", "message", "related"), List.copyOf(issue.keySet()));
        assertEquals("TST-W", issue.get("rule").getAsString());
        assertEquals("warning", issue.get("severity").getAsString());
        assertEquals("b", issue.get("server").getAsString());
        assertEquals("hq", issue.getAsJsonArray("related").get(0).getAsString());
        assertEquals(0, files.get(1).getAsJsonObject().getAsJsonArray("issues").size());
    }

    @Test
    void formatErrorIsOneSentenceAndExitTwo() throws Exception {
        byte[] before = Files.readAllBytes(broken);
        CliRun run = validate(broken, error);
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(broken + ": line 2, column "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.out().contains("TST-E"), "the other files are still checked");
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(broken).length));
    }

    @Test
    void formatErrorInJsonModeReplacesIssuesWithError() {
        CliRun run = validate("--json", clean, broken);
        assertEquals(2, run.exitCode());
        JsonObject entry = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("files").get(1).getAsJsonObject();
        assertEquals(List.of("file", "error"), List.copyOf(entry.keySet()));
        assertTrue(entry.get("error").getAsString().contains("expected text in quotes but found 7"), entry.toString());
    }

    @Test
    void missingFileIsOneSentenceAndExitTwo() {
        CliRun run = validate(dir.resolve("absent.wsus.json"));
        assertEquals(2, run.exitCode());
        assertEquals("cannot read " + dir.resolve("absent.wsus.json") + ": there is no such file\n", run.err());
    }

    @Test
    void noFileIsBadUsage() {
        CliRun run = validate();
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void realRulesRunByDefault() throws Exception {
        Path mismatch = dir.resolve("lng.wsus.json");
        Files.writeString(mismatch, "{\"format\": \"wsus-topology\", \"formatVersion\": 1, \"servers\": ["
                + "{\"id\": \"hq\", \"name\": \"hq.example.com\", \"sync\": {\"automatic\": true, \"firstSyncUtc\": \"01:00\"}},"
                + "{\"id\": \"b\", \"name\": \"b.example.com\", \"languages\": {\"all\": false, \"codes\": [\"en\", \"de\"]},"
                + " \"sync\": {\"automatic\": true, \"firstSyncUtc\": \"02:00\"},"
                + " \"updateSource\": {\"from\": \"upstream\", \"upstream\": \"hq\"}}]}");
        CliRun run = CliRun.of("validate", mismatch.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(mismatch + ": error LNG-01 b: "), run.out());
    }
}
