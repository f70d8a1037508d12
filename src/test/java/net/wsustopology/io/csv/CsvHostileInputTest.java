package net.wsustopology.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as spreadsheets really save them, and files that only look like CSV. */
class CsvHostileInputTest {
    private static final String PLAIN = "id,name,upstream,site\nhq,wsus-hq.corp,,Zürich\nber,wsus-ber.corp,hq,Berlin\n";
    @TempDir Path dir;

    private Topology importBytes(byte[] bytes) throws Exception {
        Path file = dir.resolve("plan.csv");
        Files.write(file, bytes);
        return CsvImport.read(file);
    }

    private String refusal(byte[] bytes) {
        return assertThrows(CsvFormatException.class, () -> importBytes(bytes)).getMessage();
    }

    private static byte[] bytes(String text, Charset charset, int... prefix) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[prefix.length + body.length];
        for (int i = 0; i < prefix.length; i++) all[i] = (byte) prefix[i];
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    private static void assertPlain(Topology t) {
        assertEquals(List.of("hq", "ber"), t.servers().stream().map(Server::id).toList());
        assertEquals("Zürich", t.server("hq").getSite());
        assertEquals("hq", t.server("ber").getUpstreamId());
    }

    @Test
    void utf16WithOrWithoutAByteOrderMarkIsRead() throws Exception {
        assertPlain(importBytes(bytes(PLAIN, StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
        assertPlain(importBytes(bytes(PLAIN, StandardCharsets.UTF_16BE, 0xFE, 0xFF)));
        assertPlain(importBytes(bytes(PLAIN.replace(',', '\t'), StandardCharsets.UTF_16LE)));
        assertPlain(importBytes(bytes(PLAIN, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)));
    }

    @Test
    void aLegacyEncodingIsNamedWithItsLine() {
        String message = refusal(PLAIN.getBytes(Charset.forName("windows-1252")));
        assertEquals("line 2: byte 0xFC is not UTF-8 (the file may be in Windows-1252 or another legacy encoding);"
                + " save it again from the spreadsheet as \"CSV UTF-8\"", message);
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() {
        assertEquals("line 1: the file holds binary data (a zero byte), so it is not a CSV text file",
                refusal(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, (byte) 0x99, 0, 0, 0}));
    }

    @Test
    void semicolonSeparatedFilesAreRead() throws Exception {
        assertPlain(importBytes(PLAIN.replace(',', ';').getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsWithTooFewOrTooManyFieldsAreRefusedWithTheirLine() {
        assertEquals("line 3: the row has 3 fields but the header has 4 (a separator too many or too few?)",
                refusal("id,name,upstream,site\nhq,wsus-hq.corp,,Zürich\nber,wsus-ber.corp,hq\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("line 2: the row has 5 fields but the header has 4 (a separator too many or too few?)",
                refusal("id,name,upstream,site\nhq,wsus-hq.corp,,Zürich,x\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNegativeNumberOfClientsIsRefusedWithItsLine() {
        assertEquals("line 3: clients '-5' cannot be negative",
                refusal("id,name,clients\nhq,wsus-hq.corp,10\nber,wsus-ber.corp,-5\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void cellsSomeSpreadsheetsWouldStillRunAsFormulasAreNeutralisedAndComeBack() throws Exception {
        for (String hostile : List.of("\n=1+1", " =1+1", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)")) {
            assertEquals("'" + hostile, CsvColumns.neutralise(hostile), hostile);
            assertEquals(hostile, CsvColumns.restore(CsvColumns.neutralise(hostile)));
        }
        Topology t = new Topology();
        Server s = new Server("hq");
        s.setName("wsus-hq.corp");
        s.setNotes("\uFF1Dcmd|' /C calc'!A0");
        t.addServer(s);
        StringWriter csv = new StringWriter();
        CsvExport.write(t, csv);
        assertEquals("\uFF1Dcmd|' /C calc'!A0", CsvImport.read(new StringReader(csv.toString())).server("hq").getNotes());
    }
}
