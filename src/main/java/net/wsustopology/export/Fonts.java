package net.wsustopology.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import net.wsustopology.diagram.CardFace;
import org.jfree.svg.SVGGraphics2D;

/**
 * The fonts of exported pictures (PNG, SVG, PDF, print) and the one way they draw and measure
 * text. The face is Liberation Sans, bundled (SIL Open Font License; Arial's metrics; Latin,
 * Greek and Cyrillic), so every picture has the same text widths on every computer. A character
 * it lacks is drawn in the first system font that has it ({@link FallbackFonts}); one that no
 * font has is drawn as a box (U+25A1) and recorded in the drawing's {@link MissingGlyphs}.
 */
public final class Fonts {
    /** Drawn, in the bundled face, for a character no font has. */
    static final int BOX = 0x25A1;

    public static final Font NAME = of(Font.BOLD, 12);
    public static final Font DETAIL = of(Font.PLAIN, 11);
    public static final Font SMALL = of(Font.PLAIN, 10);
    public static final Font BADGE = of(Font.BOLD, 9);
    public static final Font TITLE = of(Font.BOLD, 14);

    private record Run(String text, Font font) { }

    private Fonts() { }

    /** The bundled face, {@link Font#BOLD} or {@link Font#PLAIN}, at {@code size} points. */
    public static Font of(int style, float size) {
        return ((style & Font.BOLD) != 0 ? FontFace.BOLD : FontFace.REGULAR).font(size);
    }

    /** Draws {@code text} at (x, y) in the current font of {@code g}, each character in a font that has it. */
    public static void draw(Graphics2D g, String text, float x, float y) {
        String s = printable(text);
        if (!isAllLegal(s)) {
            s.codePoints().filter(cp -> !XmlChars.isLegal(cp)).forEach(cp -> MissingGlyphs.recordReplaced(g, cp));
            s = XmlChars.legal(s, null);
        }
        Font base = g.getFont();
        if (base.canDisplayUpTo(s) < 0) {
            g.drawString(s, x, y);
            return;
        }
        FontRenderContext frc = g.getFontRenderContext();
        float at = x;
        // SVG viewers drop the spaces a text element starts or ends with: there a run is drawn without them, moved by their width
        boolean svg = g instanceof SVGGraphics2D;
        for (Run run : runs(base, s, g)) {
            g.setFont(run.font());
            String shown = svg ? run.text().strip() : run.text();
            if (!shown.isEmpty()) {
                int lead = run.text().indexOf(shown);
                float skip = lead == 0 ? 0 : (float) run.font().getStringBounds(run.text().substring(0, lead), frc).getWidth();
                g.drawString(shown, at + skip, y);
            }
            at += (float) run.font().getStringBounds(run.text(), frc).getWidth();
        }
        g.setFont(base);
    }

    private static boolean isAllLegal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xD800 && (Character.isSurrogate(c) || c >= 0xFFFE)) return s.codePoints().allMatch(XmlChars::isLegal);
        }
        return true;
    }

    /** The width of {@code text} as {@link #draw} draws it in the current font of {@code g}. */
    public static double width(Graphics2D g, String text) { return width(g.getFont(), text, g.getFontRenderContext()); }

    /** The width of {@code text} as {@link #draw} draws it in {@code base} (and the fonts that stand in for it). */
    public static double width(Font base, String text, FontRenderContext frc) {
        String s = XmlChars.legal(printable(text), null);
        if (base.canDisplayUpTo(s) < 0) return base.getStringBounds(s, frc).getWidth();
        double width = 0;
        for (Run run : runs(base, s, null)) width += run.font().getStringBounds(run.text(), frc).getWidth();
        return width;
    }

    /** {@code text} cut with an ellipsis so that it fits {@code maxWidth} in the current font of {@code g}. */
    public static String fit(Graphics2D g, String text, double maxWidth) {
        if (text == null) return "";
        if (width(g, text) <= maxWidth) return text;
        String ellipsis = "...";
        double ellipsisWidth = width(g, ellipsis);
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(g, text.substring(0, mid)) + ellipsisWidth <= maxWidth) lo = mid; else hi = mid - 1;
        }
        return text.substring(0, lo) + ellipsis;
    }

    /**
     * {@code text} cut into runs of one font each: the base font where it has the character, else
     * the first system font that has it, else a box in the base font (recorded on {@code drawing}
     * when given). Invisible format characters (joiners, variation selectors) are left out.
     */
    private static List<Run> runs(Font base, String text, Graphics2D drawing) {
        boolean bold = base.isBold();
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Font currentFont = base;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) continue;
            Font font = base;
            int shown = cp;
            if (!base.canDisplay(cp)) {
                FontFace fallback = FallbackFonts.system().faceFor(cp, bold);
                if (fallback != null) {
                    font = fallback.font(base.getSize2D());
                } else {
                    shown = BOX;
                    if (drawing != null) MissingGlyphs.record(drawing, cp);
                }
            }
            if (!font.getFontName().equals(currentFont.getFontName()) && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(shown);
        }
        if (current.length() > 0) runs.add(new Run(current.toString(), currentFont));
        return runs;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Control characters would break SVG and PDF text; they are shown as spaces. */
    public static String printable(String text) { return CardFace.printable(text); }
}
