package net.wsustopology.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One font face that exports draw text with: the AWT font (size 1) and where its glyphs come
 * from (bytes bundled with the application, or a system font file and the face's index in a
 * collection), so that a PDF can embed the very face whose metrics laid the text out.
 */
public final class FontFace {
    /** Faces by {@link Font#getFontName()}, which derived fonts keep: how a PDF finds the file of a font it is given. */
    private static final Map<String, FontFace> BY_NAME = new ConcurrentHashMap<>();
    /** The bundled faces, named before any system font is read, so a system copy of them never takes their names. */
    static final FontFace REGULAR = bundled("LiberationSans-Regular.ttf", false);
    static final FontFace BOLD = bundled("LiberationSans-Bold.ttf", true);

    private final Font font;
    private final byte[] bytes;
    private final Path file;
    private final int index;
    private final boolean bold;

    private FontFace(Font font, byte[] bytes, Path file, int index, boolean bold) {
        this.font = font;
        this.bytes = bytes;
        this.file = file;
        this.index = index;
        this.bold = bold;
    }

    /** A TrueType font shipped in the jar next to this class. */
    private static FontFace bundled(String resource, boolean bold) {
        try (InputStream in = FontFace.class.getResourceAsStream("fonts/" + resource)) {
            if (in == null) throw new IllegalStateException("the bundled font " + resource + " is missing from the jar");
            byte[] bytes = in.readAllBytes();
            FontFace face = new FontFace(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)), bytes, null, 0, bold);
            BY_NAME.put(face.name(), face);
            return face;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + resource + " cannot be read", e);
        }
    }

    /**
     * The first face of a system font file (of a collection: the first of its faces); null when
     * another file's face has its name already, since a PDF finds a font's file by that name.
     */
    static FontFace load(Path file, boolean bold) throws IOException, FontFormatException {
        Font font = isCollection(file) ? Font.createFonts(file.toFile())[0] : Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        FontFace face = new FontFace(font, null, file, 0, bold);
        FontFace earlier = BY_NAME.putIfAbsent(face.name(), face);
        if (earlier == null) return face;
        return file.equals(earlier.file) ? earlier : null;
    }

    /** The face {@code font} was derived from, or null for a font that did not come from here (a logical font). */
    public static FontFace of(Font font) { return BY_NAME.get(font.getFontName()); }

    public static boolean isCollection(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttc") || name.endsWith(".otc");
    }

    /**
     * The face at {@code size} points. A bold face says so in its style (SVG writes font-weight
     * from it); AWT adds no synthetic bold to a face that is bold already.
     */
    Font font(float size) { return font.deriveFont(bold ? Font.BOLD : Font.PLAIN, size); }

    boolean canDisplay(int codePoint) { return font.canDisplay(codePoint); }

    public String name() { return font.getFontName(); }

    /** The font file of a bundled face, null for a system font. */
    public InputStream bundledData() { return bytes == null ? null : new ByteArrayInputStream(bytes); }

    /** The system font file, null for a bundled face. */
    public Path file() { return file; }

    /** Which face of a collection file ({@link #isCollection}) this is. */
    public int index() { return index; }
}
