package net.wsustopology.export.pdf;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.export.Fonts;
import net.wsustopology.export.TokenColours;

/** A table of wrapped text over as many pages as it needs, its title and header row repeated on each page. */
final class TextTable {
    private static final Font TITLE = Fonts.of(Font.BOLD, 14);
    private static final Font HEADER = Fonts.of(Font.BOLD, 9);
    private static final Font CELL = Fonts.of(Font.PLAIN, 9);
    private static final double LINE = 11;
    private static final double PAD = 3;

    private final String title;
    private final List<String> headers;
    private final double[] weights;
    private final List<List<String>> rows;

    TextTable(String title, List<String> headers, double[] weights, List<List<String>> rows) {
        this.title = title;
        this.headers = headers;
        this.weights = weights;
        this.rows = rows;
    }

    /** The cells, row by row (for tests). */
    List<List<String>> rows() { return rows; }

    /** Draws the table from the top of a new page; returns the number of the first page. */
    int draw(PdfPages pages, TokenColours palette) throws IOException { return draw(pages, palette, null); }

    /** Draws the table from the top of a new page, after {@code lead} (a line, may be null); returns the number of the first page. */
    int draw(PdfPages pages, TokenColours palette, String lead) throws IOException {
        double[] widths = widths(pages);
        Graphics2D g = pages.newPage();
        int first = pages.count();
        double top = PdfPages.MARGIN;
        if (lead != null) {
            g.setFont(HEADER);
            g.setPaint(palette.textMuted());
            Fonts.draw(g, lead, (float) PdfPages.MARGIN, (float) (top + 10));
            top += 26;
        }
        double y = startPage(g, pages, palette, widths, false, top);
        if (rows.isEmpty()) {
            g.setFont(CELL);
            g.setPaint(palette.textMuted());
            Fonts.draw(g, "None.", (float) PdfPages.MARGIN, (float) (y + LINE));
        }
        for (int r = 0; r < rows.size(); r++) {
            g.setFont(CELL);
            List<List<String>> cells = wrapRow(g, rows.get(r), widths);
            int lines = 1;
            for (List<String> c : cells) lines = Math.max(lines, c.size());
            int maxLines = (int) ((pages.bottom() - PdfPages.MARGIN - 60) / LINE);
            lines = Math.min(lines, maxLines);
            double height = lines * LINE + 2 * PAD;
            if (y + height > pages.bottom()) {
                g = pages.newPage();
                y = startPage(g, pages, palette, widths, true, PdfPages.MARGIN);
                g.setFont(CELL);
            }
            if (r % 2 == 1) {
                g.setPaint(palette.surfaceAlt());
                g.fill(new Rectangle2D.Double(PdfPages.MARGIN, y, pages.contentWidth(), height));
            }
            g.setPaint(palette.text());
            double x = PdfPages.MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                List<String> cell = cells.get(c);
                for (int l = 0; l < Math.min(lines, cell.size()); l++) {
                    String text = l == lines - 1 && cell.size() > lines ? cell.get(l) + " ..." : cell.get(l);
                    Fonts.draw(g, text, (float) (x + PAD), (float) (y + PAD + (l + 1) * LINE - 2.5));
                }
                x += widths[c];
            }
            y += height;
        }
        return first;
    }

    private double startPage(Graphics2D g, PdfPages pages, TokenColours palette, double[] widths, boolean continued, double top) {
        double y = top;
        g.setFont(TITLE);
        g.setPaint(palette.text());
        Fonts.draw(g, continued ? title + " (continued)" : title, (float) PdfPages.MARGIN, (float) (y + 14));
        y += 26;
        // a header wraps within its column, so a long one never runs into the next
        g.setFont(HEADER);
        List<List<String>> header = wrapRow(g, headers, widths);
        int lines = 1;
        for (List<String> cell : header) lines = Math.max(lines, cell.size());
        g.setPaint(palette.surfaceAlt());
        g.fill(new Rectangle2D.Double(PdfPages.MARGIN, y, pages.contentWidth(), lines * LINE + 2 * PAD));
        g.setPaint(palette.text());
        double x = PdfPages.MARGIN;
        for (int c = 0; c < headers.size(); c++) {
            for (int l = 0; l < header.get(c).size(); l++) {
                Fonts.draw(g, header.get(c).get(l), (float) (x + PAD), (float) (y + PAD + (l + 1) * LINE - 2.5));
            }
            x += widths[c];
        }
        y += lines * LINE + 2 * PAD;
        g.setPaint(palette.border());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(PdfPages.MARGIN, y, PdfPages.MARGIN + pages.contentWidth(), y));
        return y + 1;
    }

    private static List<List<String>> wrapRow(Graphics2D g, List<String> row, double[] widths) {
        List<List<String>> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) cells.add(TextWrap.wrap(row.get(c), g, widths[c] - 2 * PAD));
        return cells;
    }

    private double[] widths(PdfPages pages) {
        double total = 0;
        for (double w : weights) total += w;
        double[] widths = new double[weights.length];
        for (int i = 0; i < weights.length; i++) widths[i] = weights[i] / total * pages.contentWidth();
        return widths;
    }
}
