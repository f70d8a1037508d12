package net.wsustopology.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.Palette;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/** A4 landscape pages of one PDF, each with the page background and a footer naming the plan and the page. */
final class PdfPages {
    static final double WIDTH = 842;
    static final double HEIGHT = 595;
    static final double MARGIN = 36;
    static final double FOOTER = 18;
    private static final Font FOOTER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 8);

    private final PDFDocument document = new PDFDocument();
    private final String title;
    private final Palette palette;
    private int count;

    PdfPages(String title, Palette palette) {
        this.title = title;
        this.palette = palette;
        document.setTitle(Fonts.pdfAscii(title));
        document.setAuthor("WSUS Topology Editor");
    }

    /** Starts the next page and returns its graphics, in points with the origin at the top left. */
    Graphics2D newPage() {
        Page page = document.createPage(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        count++;
        Graphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setPaint(palette.surface());
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.setFont(FOOTER_FONT);
        g.setPaint(palette.textMuted());
        String footer = title + "  -  page " + count;
        Fonts.draw(g, footer, (float) (WIDTH - MARGIN - g.getFontMetrics().stringWidth(footer)), (float) (HEIGHT - MARGIN / 2));
        return g;
    }

    int count() { return count; }

    /** Bottom of the usable area of a page, above the footer. */
    static double bottom() { return HEIGHT - MARGIN - FOOTER / 2; }

    static double contentWidth() { return WIDTH - 2 * MARGIN; }

    void write(Path out) throws IOException {
        Files.write(out, document.getPDFBytes());
    }
}
