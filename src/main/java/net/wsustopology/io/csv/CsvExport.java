package net.wsustopology.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import net.wsustopology.io.AtomicFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one CSV row per server in file order, with the columns of {@link CsvColumns}. */
public final class CsvExport {
    private CsvExport() { }

    public static void write(Topology topology, Path out) throws IOException {
        AtomicFile.write(out, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            write(topology, w); // the printer flushes and closes it
        });
    }

    public static void write(Topology topology, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CsvColumns.ALL.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Server s : topology.servers()) printer.printRecord(row(s));
        }
    }

    static List<String> row(Server s) {
        List<String> values = new ArrayList<>(CsvColumns.ALL.size());
        values.add(s.id());
        for (Setting setting : CsvColumns.SETTINGS) values.add(cell(setting, s));
        values.replaceAll(CsvColumns::neutralise);
        return values;
    }

    /** The file value; empty for a root's upstream and for a proxy's settings without a proxy (see {@link CsvColumns}). */
    private static String cell(Setting setting, Server s) {
        if (setting.owner() == ServerSettings.LANGUAGES) return languages(s.getLanguages());
        if (setting.owner() == ServerSettings.UPSTREAM_ID && !s.isSyncFromUpstream()) return "";
        if (setting.owner() == ServerSettings.PROXY && !s.getProxy().enabled()) return "";
        Object value = setting.get(s);
        return value == null ? "" : value.toString();
    }

    static String languages(LanguageSelection languages) {
        return languages.all() ? CsvColumns.ALL_LANGUAGES : String.join(CsvColumns.LANGUAGE_SEPARATOR, languages.codes());
    }

}
