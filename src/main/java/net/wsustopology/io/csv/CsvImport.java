package net.wsustopology.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import net.wsustopology.io.SourcePorts;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds a plan from a CSV file with the columns of {@link CsvColumns}: a header row is required,
 * columns may come in any order, unknown columns are ignored, {@code id} and {@code name} are
 * required and every other column defaults as in SPEC.md. Values the export neutralised get
 * their leading quote removed. A bad row stops the import with its line number. The separator
 * may be a comma, a semicolon or a tab ({@link CsvSeparator}); the text UTF-8 or UTF-16 ({@link CsvText}).
 */
public final class CsvImport {
    private CsvImport() { }

    public static Topology read(Path csv) throws IOException {
        Topology topology = read(new StringReader(CsvText.decode(Files.readAllBytes(csv))));
        if (topology.getName().isEmpty()) topology.setName(planName(csv));
        return topology;
    }

    public static Topology read(Reader reader) throws IOException {
        BufferedReader text = new BufferedReader(skipBom(reader), 1 << 16);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvSeparator.of(text)).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) throw new CsvFormatException(0, "the file is empty; a header row with at least id and name is required");
            CSVRecord headerRow = records.next();
            Map<String, Integer> columns = header(headerRow, parser.getCurrentLineNumber());
            int width = headerRow.size();
            Topology topology = new Topology();
            Map<String, Long> lineOfId = new HashMap<>();
            long previousEnd = parser.getCurrentLineNumber();
            while (hasNext(records, previousEnd)) {
                CSVRecord record = records.next();
                previousEnd = parser.getCurrentLineNumber();
                long line = previousEnd - lineBreaksIn(record);
                if (record.size() != width) {
                    throw new CsvFormatException(line, "the row has " + record.size() + " field" + (record.size() == 1 ? "" : "s")
                            + " but the header has " + width + " (a separator too many or too few?)");
                }
                Server s = new CsvRow(record, columns, line).toServer();
                Long earlier = lineOfId.putIfAbsent(s.id(), line);
                if (earlier != null) throw new CsvFormatException(line, "id '" + s.id() + "' is already used on line " + earlier);
                topology.addServer(s);
            }
            SourcePorts.resolveAbsent(topology, topology.servers());
            return topology;
        }
    }

    /** The parser counts lines up to a record's end; quoted values may hold line breaks. */
    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) breaks++;
            }
        }
        return breaks;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, long previousEnd) throws CsvFormatException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new CsvFormatException(previousEnd + 1, "malformed CSV: " + e.getCause().getMessage());
        }
    }

    private static Map<String, Integer> header(CSVRecord header, long line) throws CsvFormatException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\ufeff")) name = name.substring(1);
            if (name.isEmpty()) continue;
            if (columns.putIfAbsent(name, i) != null) throw new CsvFormatException(line, "column '" + name + "' appears twice in the header");
        }
        for (String required : new String[] {CsvColumns.ID, CsvColumns.NAME}) {
            if (!columns.containsKey(required)) {
                throw new CsvFormatException(line, "the header has no '" + required + "' column (the first row must name the columns, "
                        + "at least id and name)");
            }
        }
        return columns;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\ufeff') pushback.unread(first);
        return pushback;
    }

    private static String planName(Path csv) {
        String file = csv.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
