package net.wsustopology.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import net.wsustopology.diff.Comparison;
import net.wsustopology.export.pdf.DriftReportPdf;

/** A drift report for a change board (diff --to, File > Export Drift Report…): its file's extension picks PDF or CSV. */
public final class DriftReport {
    private DriftReport() { }

    /** True when {@code file} names a format a drift report can be written in. */
    public static boolean canWrite(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".csv");
    }

    /**
     * Writes the open differences of {@code comparison} (the plan was read from {@code plannedName});
     * returns the characters no font could draw (none for CSV).
     * @throws IllegalArgumentException when the extension is neither .pdf nor .csv
     */
    public static MissingGlyphs write(Comparison comparison, String plannedName, Path out, Theme theme) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            DriftCsv.write(comparison.open(), out);
            return new MissingGlyphs();
        }
        if (name.endsWith(".pdf")) return DriftReportPdf.write(comparison, plannedName, TokenColours.of(theme), out);
        throw new IllegalArgumentException("a drift report is a .pdf or a .csv file, not " + out.getFileName());
    }
}
