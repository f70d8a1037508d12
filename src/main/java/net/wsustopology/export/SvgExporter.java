package net.wsustopology.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try (SvgSpool spool = new SvgSpool(missing)) {
            String document = draw(renderer, options, missing, spool);
            AtomicFile.write(out, os -> spool.writeDocument(document, os));
        }
        return missing;
    }

    public static String toSvg(DiagramRenderer renderer, ExportOptions options) {
        MissingGlyphs missing = new MissingGlyphs();
        try (SvgSpool spool = new SvgSpool(missing)) {
            String document = draw(renderer, options, missing, spool);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            spool.writeDocument(document, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the picture into the spool; returns JFreeSVG's document around the part of the body not yet spooled. */
    private static String draw(DiagramRenderer renderer, ExportOptions options, MissingGlyphs missing, SvgSpool spool)
            throws IOException {
        DiagramPicture picture = new DiagramPicture(renderer, options, (w, h) -> zoom(w, h, options));
        SVGGraphics2D g = new SVGGraphics2D(picture.width() * picture.zoom(), picture.height() * picture.zoom(), null, spool.body());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(SVGHints.KEY_TEXT_RENDERING, SVGHints.VALUE_TEXT_RENDERING_LEGIBILITY);
        g.setFontFunction(SvgExporter::fontFamily);
        // JFreeSVG has no flush: every element passes its coordinates through here, so here the body drains
        g.setGeomDoubleConverter(v -> {
            spool.drainWhenFull();
            return compact(v);
        });
        missing.collectFrom(g);
        try {
            picture.draw(g);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
