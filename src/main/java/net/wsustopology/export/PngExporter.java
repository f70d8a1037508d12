package net.wsustopology.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.wsustopology.io.AtomicFile;

/**
 * Writes the diagram as an antialiased PNG at {@link ExportOptions#scale()} pixels per diagram
 * unit, less when the image would not fit in memory: then it may show the summary level.
 */
public final class PngExporter {
    /** Above this many pixels the scale is lowered so that the image still fits in memory. */
    static final double MAX_PIXELS = 120_000_000;
    static final int MAX_SIDE = 32_000;

    private PngExporter() { }

    /** Writes the picture; returns the characters no font could draw (shown as boxes). */
    public static MissingGlyphs write(DiagramRenderer renderer, Path out, ExportOptions options) throws IOException {
        MissingGlyphs missing = new MissingGlyphs();
        BufferedImage image = render(renderer, options, missing);
        AtomicFile.write(out, os -> {
            if (!ImageIO.write(image, "png", os)) throw new IOException("no PNG writer available");
        });
        return missing;
    }

    /** The picture as pixels (also used for printing from the editor). */
    public static BufferedImage render(DiagramRenderer renderer, ExportOptions options) {
        return render(renderer, options, new MissingGlyphs());
    }

    private static BufferedImage render(DiagramRenderer renderer, ExportOptions options, MissingGlyphs missing) {
        DiagramPicture picture = new DiagramPicture(renderer, options, (w, h) -> fittingScale(w, h, options.scale()));
        double scale = picture.zoom();
        int w = (int) Math.ceil(picture.width() * scale);
        int h = (int) Math.ceil(picture.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            DiagramRenderer.enableQuality(g);
            missing.collectFrom(g);
            g.scale(scale, scale);
            picture.draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@code wanted}, lowered when the image would be larger than the limits. */
    static double fittingScale(double width, double height, double wanted) {
        double scale = wanted;
        scale = Math.min(scale, MAX_SIDE / width);
        scale = Math.min(scale, MAX_SIDE / height);
        scale = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
        return scale;
    }
}
