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
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
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
        ProxySettings proxy = s.getProxy();
        List<String> values = new ArrayList<>(CsvColumns.ALL.size());
        values.add(s.id());
        values.add(s.getName());
        values.add(s.isSyncFromUpstream() ? nullToEmpty(s.getUpstreamId()) : "");
        values.add(s.getSourcePort() == null ? "" : s.getSourcePort().toString());
        values.add(Boolean.toString(s.isUseSsl()));
        values.add(Boolean.toString(s.isReplica()));
        values.add(languages(s.getLanguages()));
        values.add(s.getWsusVersion().code());
        values.add(s.getSite());
        values.add(Integer.toString(s.getClients()));
        values.add(Integer.toString(s.getHttpPort()));
        values.add(Integer.toString(s.getHttpsPort()));
        values.add(Boolean.toString(s.isRequireSsl()));
        values.add(Boolean.toString(s.getSync().automatic()));
        values.add(s.getSync().firstSyncUtc());
        values.add(Integer.toString(s.getSync().perDay()));
        values.add(proxy.enabled() ? proxy.server() : "");
        values.add(proxy.enabled() ? Integer.toString(proxy.port()) : "");
        values.add(Boolean.toString(proxy.enabled() && proxy.useCredentials()));
        values.add(proxy.enabled() ? proxy.user() : "");
        values.add(proxy.enabled() ? proxy.domain() : "");
        values.add(Boolean.toString(proxy.enabled() && proxy.allowBasicAuth()));
        values.add(s.getNotes());
        values.replaceAll(CsvColumns::neutralise);
        return values;
    }

    static String languages(LanguageSelection languages) {
        return languages.all() ? CsvColumns.ALL_LANGUAGES : String.join(CsvColumns.LANGUAGE_SEPARATOR, languages.codes());
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }
}
