package net.wsustopology.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Writes the diagram (with the title and legend of the options) as SVG with real text elements, so names stay searchable and selectable. */
public final class SvgExporter {
    private SvgExporter() { }

    public static void write(DiagramRenderer renderer, Path out, ExportOptions options) throws IOException {
        Files.writeString(out, toSvg(renderer, options), StandardCharsets.UTF_8);
    }

    public static String toSvg(DiagramRenderer renderer, ExportOptions options) {
        DiagramPicture picture = new DiagramPicture(renderer, options);
        SVGGraphics2D g = new SVGGraphics2D(picture.width(), picture.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(SVGHints.KEY_TEXT_RENDERING, SVGHints.VALUE_TEXT_RENDERING_LEGIBILITY);
        g.setGeomDoubleConverter(SvgExporter::compact);
        picture.draw(g);
        return g.getSVGDocument();
    }

    /** Two decimals are plenty for a diagram and keep big files small. */
    private static String compact(double v) {
        long rounded = Math.round(v * 100);
        if (rounded % 100 == 0) return Long.toString(rounded / 100);
        return Double.toString(rounded / 100.0);
    }
}
