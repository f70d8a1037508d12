package net.wsustopology.export.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.export.FontFace;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Embeds the faces the pictures are drawn with as subsets into one PDF, so its text is real
 * text: each AWT font is mapped to the very file it was read from ({@link FontFace}). A face
 * that cannot be embedded (OpenType with CFF outlines, or a font whose licence bits forbid it)
 * maps to nothing, and the graphics then draws that text as outlines.
 */
final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final Map<String, PDFont> loaded = new HashMap<>();
    /** Fonts and collections whose glyphs the subsets are cut from when the document is saved. */
    private final List<Closeable> open = new ArrayList<>();

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        String name = font.getFontName();
        if (loaded.containsKey(name)) return loaded.get(name);
        FontFace face = FontFace.of(font);
        PDFont pdf = null;
        if (face != null) {
            try {
                pdf = load(env.getDocument(), face);
            } catch (IOException | RuntimeException notEmbeddable) {
                pdf = null;
            }
        }
        loaded.put(name, pdf);
        return pdf;
    }

    private PDFont load(PDDocument document, FontFace face) throws IOException {
        TrueTypeFont ttf = parse(face);
        // The text was laid out with AWT's advances, glyph by glyph: no ligatures or other GSUB
        // substitutions here either (PDFBox's Latin substitution also took most of an export's time)
        ttf.setEnableGsub(false);
        return PDType0Font.load(document, ttf, true);
    }

    /** The face's font, kept open until the document is saved (its subset is cut then). */
    private TrueTypeFont parse(FontFace face) throws IOException {
        InputStream bundled = face.bundledData();
        if (bundled != null) return keep(new TTFParser().parse(new RandomAccessReadBuffer(bundled)));
        Path file = face.file();
        if (!FontFace.isCollection(file)) return keep(new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
        TrueTypeCollection collection = keep(new TrueTypeCollection(file.toFile()));
        TrueTypeFont[] chosen = new TrueTypeFont[1];
        int[] index = {0};
        collection.processAllFonts(ttf -> {
            if (index[0]++ == face.index()) chosen[0] = ttf;
        });
        if (chosen[0] == null) throw new IOException(file + " has no face " + face.index());
        return chosen[0];
    }

    private <T extends Closeable> T keep(T font) {
        open.add(font);
        return font;
    }

    @Override
    public void close() {
        super.close();
        for (Closeable font : open) {
            try {
                font.close();
            } catch (IOException ignored) {
                // only a file handle; the PDF is already written
            }
        }
        open.clear();
        loaded.clear();
    }
}
