package net.wsustopology.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.text.Normalizer;
import org.jfree.pdf.PDFGraphics2D;

/** The fonts of exported pictures (logical SansSerif: Helvetica in PDF, sans-serif in SVG) and text fitting. */
public final class Fonts {
    public static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    public static final Font DETAIL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    public static final Font BADGE = new Font(Font.SANS_SERIF, Font.BOLD, 9);
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private Fonts() { }

    /** {@code text} cut with an ellipsis so that it fits {@code maxWidth} in the current font of {@code g}. */
    public static String fit(Graphics2D g, String text, double maxWidth) {
        if (text == null) return "";
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= maxWidth) return text;
        String ellipsis = "...";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fm.stringWidth(text.substring(0, mid)) + fm.stringWidth(ellipsis) <= maxWidth) lo = mid; else hi = mid - 1;
        }
        return text.substring(0, lo) + ellipsis;
    }

    /**
     * Draws {@code text} at (x, y). JFreePDF writes text raw into a PDF string of US-ASCII with
     * Helvetica, so for a PDF the text is made ASCII (accents dropped) and ( ) \ are escaped.
     */
    public static void draw(Graphics2D g, String text, float x, float y) {
        g.drawString(g instanceof PDFGraphics2D ? pdfSafe(text) : text, x, y);
    }

    public static String pdfSafe(String text) {
        String plain = Normalizer.normalize(printable(text), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '(' || c == ')' || c == '\\') sb.append('\\');
            sb.append(c < 128 ? c : '?');
        }
        return sb.toString();
    }

    /** Control characters would break SVG and PDF text; they are shown as spaces. */
    public static String printable(String text) {
        if (text == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (sb == null) sb = new StringBuilder(text.substring(0, i));
                sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
