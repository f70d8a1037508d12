package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.wsustopology.diff.DiffFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift report read back: the PDF's text with PDFBox's text stripper, the CSV with Commons CSV. */
class DriftReportTest {
    @TempDir Path tmp;

    @Test
    void thePdfHasTheCountsThePictureAndEveryDifferenceByServerInRolloutOrder() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        DriftReport.write(DiffFixtures.threeRegion(), "three-region-enterprise.wsus.json", pdf, Theme.LIGHT);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String title = stripper.getText(doc);
            assertTrue(title.contains("Drift report: Contoso global WSUS hierarchy"), title);
            assertTrue(title.contains("9 differences on 9 servers"), title);
            assertTrue(title.contains("1 Moved to another upstream"), title);
            assertTrue(title.contains("4 A setting differs"), title);
            assertTrue(title.contains("38 Same as deployed"), title);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String picture = stripper.getText(doc);
            assertTrue(picture.contains("wsus-lab01"), "the deployed-only card is drawn: " + picture);
            assertTrue(picture.contains("deployed"), "the actual links are labelled");
            assertTrue(picture.contains("Deployed link, where a server really synchronizes from"), "the compare key");
            stripper.setStartPage(3);
            stripper.setEndPage(doc.getNumberOfPages());
            String rows = stripper.getText(doc).replace("\n", " ");
            assertTrue(rows.contains("Update Source: port: planned 8530, actual 8531"), rows);
            int nyc = rows.indexOf("wsus-nyc01");
            int got = rows.indexOf("wsus-got01");
            int lab = rows.indexOf("wsus-lab01");
            assertTrue(nyc >= 0 && nyc < got && got < lab, "rollout order, servers only deployed last: " + rows);
        }
    }

    @Test
    void theCsvHasOneRowPerDifference() throws Exception {
        Path csv = tmp.resolve("report.csv");
        DriftReport.write(DiffFixtures.threeRegion(), "three-region-enterprise.wsus.json", csv, Theme.LIGHT);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(DriftCsv.COLUMNS, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(9, rows.size());
            CSVRecord port = rows.get(0);
            assertEquals(List.of("wsus-nyc01.na.corp.contoso.com", "na-nyc", "A setting differs", "updateSource.port",
                    "Update Source: port", "8530", "8531"), port.toList().subList(0, 7));
            CSVRecord lab = rows.get(8);
            assertEquals("wsus-lab01.eu.corp.contoso.com", lab.get("server"));
            assertEquals("", lab.get("planId"));
            assertEquals("Deployed but not planned", lab.get("kind"));
        }
    }
}
