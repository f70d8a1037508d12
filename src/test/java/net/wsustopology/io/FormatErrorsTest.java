package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import net.wsustopology.model.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of format error is refused with one sentence naming the file, where, and what was expected. */
class FormatErrorsTest {
    private static final String HEAD = "{\n  \"format\": \"wsus-topology\",\n  \"formatVersion\": 1,\n  \"servers\": [\n";

    private static FormatException refuse(String json) {
        FormatException e = assertThrows(FormatException.class, () -> TopologyFiles.parse(json, "plan.wsus.json"));
        String m = e.getMessage();
        assertTrue(m.startsWith("plan.wsus.json: "), m);
        assertEquals(1, m.lines().count(), "one line: " + m);
        assertTrue(m.length() < 300, "short: " + m);
        return e;
    }

    private static FormatException refuseServers(String servers) {
        return refuse(HEAD + servers + "\n  ]\n}\n");
    }

    private static void assertAt(FormatException e, int line, String fragment) {
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("line " + line + ", column "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void wrongTypeNamesLineColumnPathAndWhatWasExpected() {
        FormatException e = refuseServers("    {\"id\": \"a\"},\n    {\"id\": \"b\",\n     \"clients\": \"many\"}");
        assertAt(e, 7, "($.servers[1].clients): expected a whole number but found \"many\"");
    }

    @Test
    void pathsKeepMemberNamesWithSpaces() {
        assertAt(refuseServers("    {\"id\": \"a\", \"my notes\": [1,]}"), 5, "($.servers[0].my notes[1]): expected valid JSON");
    }

    @Test
    void fractionalPortIsNotAWholeNumber() {
        assertAt(refuseServers("    {\"id\": \"a\", \"ports\": {\"http\": 8530.5}}"), 5, "expected a whole number");
    }

    @Test
    void numberWhereTextIsExpected() {
        assertAt(refuseServers("    {\"id\": \"a\", \"name\": 12}"), 5, "($.servers[0].name): expected text in quotes but found 12");
    }

    @Test
    void invalidJson() {
        assertAt(refuseServers("    {\"id\": \"a\" \"name\": \"x\"}"), 5, "expected valid JSON");
        assertAt(refuse("{\"format\": 'wsus-topology'}"), 1, "expected valid JSON");
        assertAt(refuse("{\"format\": \"wsus-topology\", // comment\n}"), 1, "expected valid JSON");
    }

    @Test
    void anExtraCommaIsNamedAsSuch() {
        String comma = "an extra comma";
        assertAt(refuseServers("    {\"id\": \"a\",}"), 5, comma);
        assertAt(refuseServers("    {\"id\": \"a\"},\n  ]}"), 6, comma);
        assertAt(refuseServers("    {\"id\": \"a\"},,{\"id\": \"b\"}"), 5, comma);
        assertAt(refuseServers("    {\"id\": \"a\",, \"name\": \"x\"}"), 5, comma);
        assertAt(refuseServers("    {\"id\": \"a\", \"my notes\": [1,]}"), 5, comma);
        for (String other : new String[] {"{\"format\": 'wsus-topology'}", "{\"format\": \"wsus-topology\", // comment\n}", "{format: 1}"}) {
            assertFalse(refuse(other).getMessage().contains(comma), other);
        }
    }

    @Test
    void commentsQuotesAndBareWordsGetTheirOwnHint() {
        assertTrue(refuse("{\"format\": 'wsus-topology'}").getMessage().contains("single quotes"));
        assertTrue(refuse("{\"format\": \"wsus-topology\", // comment\n}").getMessage().contains("a comment"));
        assertTrue(refuse("{format: 1}").getMessage().contains("without double quotes"));
        assertTrue(refuseServers("    {\"id\": \"a\", \"clients\": NaN}").getMessage().contains("NaN or Infinity"));
    }

    @Test
    void truncatedFile() {
        assertTrue(refuse(HEAD + "    {\"id\": \"a\", ").getMessage().contains("ends too early"));
        assertTrue(refuse(HEAD + "    {\"id\": \"a\", \"na").getMessage().contains("unterminated string"));
        assertTrue(refuse("").getMessage().contains("ends too early"));
    }

    @Test
    void trailingContent() {
        assertTrue(refuse(HEAD + "]}\n{}").getMessage().contains("expected the end of the file"));
    }

    @Test
    void notAnObject() {
        assertTrue(refuse("[1, 2]").getMessage().contains("expected a JSON object"));
    }

    @Test
    void wrongOrMissingFormat() {
        assertAt(refuse("{\"format\": \"visio\", \"formatVersion\": 1, \"servers\": []}"), 1, "expected \"wsus-topology\" but found \"visio\"");
        assertFalse(refuse("{\"format\": \"visio\", \"formatVersion\": 1, \"servers\": []}").newerFormat(), "not a plan at all");
        assertTrue(refuse("{\"formatVersion\": 1, \"servers\": []}").getMessage().contains("\"format\""));
    }

    @Test
    void formatVersionMustBeAWholeNumber() {
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"formatVersion\": \"1\", \"servers\": []}").getMessage()
                .contains("($.formatVersion): expected a whole number but found \"1\""));
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"formatVersion\": 1.5, \"servers\": []}").getMessage()
                .contains("expected a whole number"));
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"servers\": []}").getMessage().contains("\"formatVersion\""));
    }

    @Test
    void newerVersionNamesBothVersions() {
        FormatException e = refuse("{\"format\": \"wsus-topology\", \"formatVersion\": 3, \"servers\": []}");
        assertTrue(e.newerFormat(), "valid, just newer");
        String m = e.getMessage();
        assertTrue(m.contains("file format version 3, newer than version " + ToolVersion.NUMBER
                + " of the tool, which reads topology file format versions up to 1"), m);
        assertFalse(m.contains("needs version 3 of the tool"), "the format version is not a tool version: " + m);
    }

    @Test
    void newerVersionWinsOverMembersThisVersionCannotRead() {
        FormatException e = refuse("{\"format\": \"wsus-topology\", \"servers\": [{\"id\": \"a\", \"clients\": {\"min\": 1}}], \"formatVersion\": 2}");
        assertTrue(e.newerFormat());
        String m = e.getMessage();
        assertTrue(m.contains("file format version 2, newer than version " + ToolVersion.NUMBER), m);
    }

    @Test
    void missingMalformedOrDuplicateIds() {
        assertAt(refuseServers("    {\"name\": \"x\"}"), 5, "($.servers[0]): expected the server to have an \"id\"");
        assertAt(refuseServers("    {\"id\": \"a b\"}"), 5, "expected an id of 1-64 letters");
        assertAt(refuseServers("    {\"id\": \"\"}"), 5, "expected an id");
        assertAt(refuseServers("    {\"id\": \"" + "x".repeat(65) + "\"}"), 5, "expected an id");
        FormatException dup = refuseServers("    {\"id\": \"a\"},\n    {\"id\": \"a\"}");
        assertAt(dup, 6, "the id \"a\" is already used by $.servers[0]");
    }

    @Test
    void idRule() {
        for (String id : new String[] {"a", "A.b_c-9", "x".repeat(64)}) assertTrue(Server.isValidId(id), id);
        for (String id : new String[] {"", "x".repeat(65), "a b", "ä", "a/b", "a:b", null}) assertFalse(Server.isValidId(id), id);
    }

    @Test
    void missingOrNonArrayServers() {
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"formatVersion\": 1}").getMessage().contains("expected a \"servers\" member"));
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"formatVersion\": 1, \"servers\": {}}").getMessage()
                .contains("($.servers): expected a list of servers but found an object"));
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"formatVersion\": 1, \"servers\": [42]}").getMessage()
                .contains("expected a server"));
    }

    @Test
    void unknownWsusVersionOrSource() {
        assertAt(refuseServers("    {\"id\": \"a\", \"wsusVersion\": \"2019\"}"), 5, "expected a WSUS version \"3.0-SP2\", \"6.2\", \"6.3\" or \"10.0\" but found \"2019\"");
        assertAt(refuseServers("    {\"id\": \"a\", \"updateSource\": {\"from\": \"usb\"}}"), 5, "expected \"microsoft-update\" or \"upstream\"");
    }

    @Test
    void duplicateMemberKeys() {
        assertAt(refuseServers("    {\"id\": \"a\", \"clients\": 1, \"clients\": 2}"), 5, "the member \"clients\" appears twice");
        assertAt(refuseServers("    {\"id\": \"a\", \"extra\": {\"k\": 1, \"k\": 2}}"), 5, "the member \"k\" appears twice");
        assertAt(refuseServers("    {\"id\": \"a\", \"ports\": {\"http\": 1}, \"sync\": {\"perDay\": 1, \"perDay\": 2}}"), 5,
                "($.servers[0].sync.perDay): the member \"perDay\" appears twice");
        refuseServers("    {\"id\": \"a\", \"ports\": {\"http\": 1}},\n    {\"id\": \"b\", \"id\": \"c\"}");
        assertTrue(refuse("{\"format\": \"wsus-topology\", \"format\": \"wsus-topology\"}").getMessage().contains("appears twice"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String m = refuseServers("    {\"id\": \"a\", \"extra\": " + deep + "}").getMessage();
        assertTrue(m.contains("nested too deeply"), m);
    }

    @Test
    void hugeValuesAreShortenedInMessages() {
        String m = refuseServers("    {\"id\": \"a\", \"clients\": \"" + "9".repeat(5000) + "\"}").getMessage();
        assertTrue(m.contains("..."), m);
    }

    @Test
    void wrongTypesInNestedObjects() {
        assertAt(refuseServers("    {\"id\": \"a\", \"languages\": {\"codes\": \"en\"}}"), 5, "expected a list of language codes");
        assertAt(refuseServers("    {\"id\": \"a\", \"languages\": {\"codes\": [1]}}"), 5, "expected a language code in quotes but found 1");
        assertAt(refuseServers("    {\"id\": \"a\", \"sync\": {\"automatic\": \"yes\"}}"), 5, "expected true or false but found \"yes\"");
        assertAt(refuseServers("    {\"id\": \"a\", \"position\": {\"x\": 1}}"), 5, "both \"x\" and \"y\"");
        assertAt(refuseServers("    {\"id\": \"a\", \"proxy\": null}"), 5, "but found null");
        assertAt(refuseServers("    {\"id\": \"a\", \"clients\": 99999999999}"), 5, "expected a whole number between");
    }

    @Test
    void binaryGarbageIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("garbage.wsus.json");
        byte[] bytes = (HEAD + "    {\"id\": \"a\", \"site\": \"X\"}\n  ]\n}\n").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("X");
        bytes[at] = (byte) 0xC3; // a lead byte without its continuation
        Files.write(file, bytes);
        FormatException e = assertThrows(FormatException.class, () -> TopologyFiles.load(file));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": line 5, column 26: expected UTF-8 text but found the byte 0xC3"), e.getMessage());
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> TopologyFiles.load(dir.resolve("absent.wsus.json")));
    }
}
