package net.wsustopology.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.export.ExportFormat;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.Exporter;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.Validator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Issue 28's exports of the 3,003-server plan (3 roots x 10 hubs x 99 branches, with its
 * findings): the time of its SVG and PDF, and the PDF's pages, all of them and the diagram's
 * (the overview and the subtree pages), which the summary level and the hub pages keep few.
 */
public final class HubPlanExports {
    private static final String PLAN = ", hubs 3x10x99";
    private static final int RUNS = 3;

    private HubPlanExports() { }

    public static void run(BenchReport report) throws Exception {
        Topology t = PlanGenerator.hubs(3, 10, 99, Benchmarks.SEED);
        List<Finding> findings = new Validator().validate(t);
        Path work = Files.createTempDirectory("wsus-bench-hubs");
        Path svg = work.resolve("hubs.svg");
        Path pdf = work.resolve("hubs.pdf");
        try {
            System.out.println("exports of " + t.size() + " servers in hubs...");
            report.add(Measurement.millis("export SVG" + PLAN, t.size(), time(t, findings, svg, ExportFormat.SVG)));
            report.add(Measurement.millis("export PDF" + PLAN, t.size(), time(t, findings, pdf, ExportFormat.PDF)));
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                report.add(new Measurement("PDF pages" + PLAN, t.size(), Measurement.PAGES, new double[] {document.getNumberOfPages()}));
                report.add(new Measurement("PDF diagram pages" + PLAN, t.size(), Measurement.PAGES, new double[] {diagramPages(document)}));
            }
        } finally {
            Files.deleteIfExists(svg);
            Files.deleteIfExists(pdf);
            Files.delete(work);
        }
    }

    private static double[] time(Topology t, List<Finding> findings, Path out, ExportFormat format) throws IOException {
        Exporter.export(t, findings, out, format, ExportOptions.defaults());
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Exporter.export(t, findings, out, format, ExportOptions.defaults());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /** Page 1 (the overview) and the pages after it that show a subtree. */
    private static int diagramPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        int pages = 1;
        while (pages < document.getNumberOfPages()) {
            stripper.setStartPage(pages + 1);
            stripper.setEndPage(pages + 1);
            if (!stripper.getText(document).contains("Subtree of ")) break;
            pages++;
        }
        return pages;
    }
}
