package net.wsustopology.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.wsustopology.io.AtomicFile;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Writes the diagram (with the title and legend of the options) as SVG with real text elements, so names stay searchable and selectable. */
public final class SvgExporter {
    private SvgExporter() { }

    /** Writes the picture; returns the characters no font could draw (shown as boxes). */
    public static MissingGlyphs write(DiagramRenderer renderer, Path out, ExportOptions options) throws IOException {
        MissingGlyphs missing = new MissingGlyphs();
        String svg = XmlChars.legal(toSvg(renderer, options, missing), missing);
        AtomicFile.write(out, os -> {
            // encoded as it is written: a copy of the whole text as bytes would double the memory a big plan needs
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write(svg);
            w.flush();
        });
        return missing;
    }

    public static String toSvg(DiagramRenderer renderer, ExportOptions options) {
        return toSvg(renderer, options, new MissingGlyphs());
    }

    private static String toSvg(DiagramRenderer renderer, ExportOptions options, MissingGlyphs missing) {
        DiagramPicture picture = new DiagramPicture(renderer, options, (w, h) -> zoom(w, h, options));
        SVGGraphics2D g = new SVGGraphics2D(picture.width() * picture.zoom(), picture.height() * picture.zoom());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(SVGHints.KEY_TEXT_RENDERING, SVGHints.VALUE_TEXT_RENDERING_LEGIBILITY);
        g.setFontFunction(SvgExporter::fontFamily);
        g.setGeomDoubleConverter(SvgExporter::compact);
        missing.collectFrom(g);
        picture.draw(g);
        return document(g, picture);
    }

    /**
     * Pixels per diagram unit: 1, as a viewer zooms a vector picture itself, but never more than
     * the PNG of the same options gets, so a plan too big for a PNG at full detail gets the same
     * summary picture as its PNG.
     */
    static double zoom(double width, double height, ExportOptions options) {
        return Math.min(1, PngExporter.fittingScale(width, height, options.scale()));
    }

    /** The document, its size in pixels and, when that is not 1 per unit, a view box in diagram units. */
    private static String document(SVGGraphics2D g, DiagramPicture picture) {
        String document = g.getSVGDocument();
        if (picture.zoom() == 1) return document;
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, picture.width(), picture.height()), null, null);
        return document.substring(0, document.indexOf("<svg")) + element;
    }

    /**
     * The CSS font-family of a face: the bundled one with the fonts of the same metrics after it,
     * a system font with the generic sans-serif after it, for a viewer that lacks them.
     */
    static String fontFamily(String family) {
        if (family.equals(Fonts.DETAIL.getFamily())) return family + ", Arial, Helvetica, sans-serif";
        return family + ", sans-serif";
    }

    /** Two decimals are plenty for a diagram and keep big files small. */
    private static String compact(double v) {
        long rounded = Math.round(v * 100);
        if (rounded % 100 == 0) return Long.toString(rounded / 100);
        return Double.toString(rounded / 100.0);
    }
}
