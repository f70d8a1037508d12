package net.wsustopology.export.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import net.wsustopology.io.AtomicFile;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.MissingGlyphs;
import net.wsustopology.export.PageSize;
import net.wsustopology.export.TokenColours;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of one PDF, all of one {@link PageSize} (landscape), each with the page background and a footer naming the plan and
 * the page. Each page is drawn on a Graphics2D of its own (PDFBox underneath), with the fonts
 * of {@link PdfFonts} embedded as subsets.
 */
final class PdfPages implements Closeable {
    static final double MARGIN = 36;
    static final double FOOTER = 18;
    private static final Font FOOTER_FONT = Fonts.of(Font.PLAIN, 8);
    /**
     * PDFBox and FontBox log through java.util.logging to stderr (a font's missing PostScript
     * name, an overwritten file): `export` prints its own sentences only. Strong references, so
     * the levels stay set.
     */
    private static final List<Logger> QUIET = List.of(quiet("org.apache.pdfbox"), quiet("org.apache.fontbox"));

    /**
     * Page content beyond this many bytes goes to a scratch file: the content streams of a
     * 100,000-server plan's pages would otherwise all stay in memory until the file is saved.
     */
    static final long CONTENT_IN_MEMORY = 16L << 20;

    private final PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(CONTENT_IN_MEMORY).streamCache);
    private final PdfFonts fonts = new PdfFonts();
    private final MissingGlyphs missing = new MissingGlyphs();
    private final String title;
    private final TokenColours palette;
    private final PageSize size;
    private PDPage page;
    private PdfBoxGraphics2D graphics;
    private int count;

    PdfPages(String title, TokenColours palette) { this(title, palette, PageSize.A4); }

    PdfPages(String title, TokenColours palette, PageSize size) {
        this.title = title;
        this.palette = palette;
        this.size = size;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(Fonts.printable(title));
        info.setAuthor("WSUS Topology Editor");
        info.setCreator("WSUS Topology Editor");
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Starts the next page and returns its graphics, in points with the origin at the top left. */
    Graphics2D newPage() throws IOException {
        finishPage();
        page = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
        document.addPage(page);
        graphics = new PdfBoxGraphics2D(document, (float) size.width(), (float) size.height());
        graphics.setFontTextDrawer(fonts);
        missing.collectFrom(graphics);
        count++;
        Graphics2D g = graphics;
        g.setPaint(palette.surface());
        g.fill(new Rectangle2D.Double(0, 0, size.width(), size.height()));
        g.setFont(FOOTER_FONT);
        g.setPaint(palette.textMuted());
        String footer = title + "  -  page " + count;
        footer = Fonts.fit(g, footer, contentWidth());
        Fonts.draw(g, footer, (float) (size.width() - MARGIN - Fonts.width(g, footer)), (float) (size.height() - MARGIN / 2));
        return g;
    }

    /** The drawing of the current page becomes the page's content. */
    private void finishPage() throws IOException {
        if (graphics == null) return;
        graphics.dispose();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawForm(graphics.getXFormObject());
        }
        graphics = null;
    }

    int count() { return count; }

    /** Characters of the pages so far that no font has. */
    MissingGlyphs missing() { return missing; }

    PageSize size() { return size; }

    /** Bottom of the usable area of a page, above the footer. */
    double bottom() { return bottom(size); }

    double contentWidth() { return contentWidth(size); }

    static double bottom(PageSize size) { return size.height() - MARGIN - FOOTER / 2; }

    static double contentWidth(PageSize size) { return size.width() - 2 * MARGIN; }

    void write(Path out) throws IOException {
        finishPage();
        AtomicFile.write(out, document::save);
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            fonts.close();
        }
    }
}
