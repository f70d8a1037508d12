package net.wsustopology.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.text.Normalizer;
import net.wsustopology.diagram.CardFace;
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
     * Draws {@code text} at (x, y). JFreePDF writes text into a PDF string as US-ASCII, in
     * Helvetica with MacRoman encoding: for a PDF the text is escaped ({@link #pdfText}).
     */
    public static void draw(Graphics2D g, String text, float x, float y) {
        g.drawString(g instanceof PDFGraphics2D ? pdfText(text) : text, x, y);
    }

    /**
     * {@code text} as the body of a PDF string shown in a MacRoman-encoded font: ( ) \ escaped,
     * letters beyond ASCII that MacRoman has (the accents of German, French, Spanish, Nordic and
     * other western languages) as octal escapes of their MacRoman byte, any other letter without
     * its accent (Polish l-stroke as l), and what is left as '?'.
     */
    public static String pdfText(String text) {
        String printable = printable(text);
        StringBuilder sb = new StringBuilder(printable.length());
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if (c == '(' || c == ')' || c == '\\') sb.append('\\').append(c);
            else if (c < 128) sb.append(c);
            else {
                int code = MacRoman.code(c);
                if (code >= 0) sb.append('\\').append(Integer.toOctalString(code));
                else sb.append(pdfAscii(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** {@code text} in plain ASCII for PDF metadata: accents dropped, ( ) \ escaped, anything else as '?'. */
    public static String pdfAscii(String text) {
        String plain = Normalizer.normalize(printable(text).replace('\u0142', 'l').replace('\u0141', 'L')
                .replace('\u0111', 'd').replace('\u0110', 'D'), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '(' || c == ')' || c == '\\') sb.append('\\');
            sb.append(c < 128 ? c : '?');
        }
        return sb.toString();
    }

    /** Control characters would break SVG and PDF text; they are shown as spaces. */
    public static String printable(String text) { return CardFace.printable(text); }
}
