package net.wsustopology.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import net.wsustopology.io.AtomicFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.DriftGroups;
import net.wsustopology.diff.DriftKind;
import net.wsustopology.diff.DriftWording;
import net.wsustopology.diff.SettingCaptions;
import net.wsustopology.io.csv.CsvColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The drift report as CSV: one row per difference, by server in rollout order, with the
 * server, its plan id (empty when only deployed), the kind of drift, the setting's file path and
 * console caption, the planned and actual values, and the Drift tab's sentence. A value a
 * spreadsheet would run as a formula is quoted as the plan CSV does.
 */
public final class DriftCsv {
    public static final List<String> COLUMNS = List.of("server", "planId", "kind", "setting", "caption", "planned", "actual",
            "details");

    private DriftCsv() { }

    public static void write(List<Difference> differences, Path out) throws IOException {
        AtomicFile.write(out, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            write(differences, w); // the printer flushes and closes it
        });
    }

    public static void write(List<Difference> differences, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (DriftGroups.Group g : DriftGroups.of(differences).groups()) {
                for (Difference d : g.differences()) printer.printRecord(row(g, d));
            }
        }
    }

    private static List<String> row(DriftGroups.Group g, Difference d) {
        boolean setting = d.setting() != null;
        List<String> values = new ArrayList<>(COLUMNS.size());
        values.add(g.name());
        values.add(g.planId());
        values.add(DriftKind.of(d).words());
        values.add(setting ? d.setting() : "");
        values.add(setting ? SettingCaptions.of(d.setting()) : "");
        values.add(setting ? Difference.text(d.plannedValue()) : "");
        values.add(setting ? Difference.text(d.actualValue()) : "");
        values.add(DriftWording.of(d));
        values.replaceAll(CsvColumns::neutralise);
        return values;
    }
}
