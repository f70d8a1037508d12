package net.wsustopology.ui.files;

import java.awt.image.BufferedImage;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import net.wsustopology.diagram.DiagramScene;
import net.wsustopology.document.Document;
import net.wsustopology.export.DiagramRenderer;
import net.wsustopology.export.ExportOptions;
import net.wsustopology.export.PngExporter;
import net.wsustopology.export.TokenColours;
import net.wsustopology.layout.TreeLayout;
import net.wsustopology.ui.common.StatusMessages;

/** File > Print: the export renderer's picture of the plan, fitted to one landscape page. */
public final class DiagramPrinting {
    private DiagramPrinting() { }

    public static void print(Stage owner, Document document, StatusMessages messages) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            Dialogs.info(owner, "Print", "No printer is installed.",
                    "Install a printer, or use File > Export to write a PDF and print that.");
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null || !job.showPrintDialog(owner)) return;
        PageLayout page = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(page);
        ImageView view = new ImageView(picture(document, page.getPrintableWidth() / page.getPrintableHeight()));
        view.setPreserveRatio(true);
        view.setFitWidth(page.getPrintableWidth());
        view.setFitHeight(page.getPrintableHeight());
        if (job.printPage(view) && job.endJob()) {
            messages.show("Sent " + document.displayName() + " to " + job.getPrinter().getName());
        } else {
            Dialogs.error(owner, "Print", "The plan was not printed.", "The printer reported: " + job.getJobStatus());
        }
    }

    /** The plan drawn as for a PNG, laid out to fill a page of {@code aspect} (width / height). */
    static WritableImage picture(Document document, double aspect) {
        DiagramScene scene = DiagramScene.of(document.topology(), new TreeLayout().layout(document.topology(), aspect),
                document.findings().all(document.topology()));
        BufferedImage image = PngExporter.render(new DiagramRenderer(scene, TokenColours.light()), ExportOptions.defaults());
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) argb[i] |= 0xFF000000;
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
