package net.wsustopology.export;

import java.util.Locale;

/** The page of a PDF, in points, landscape: A4, US Letter, or a 16:9 slide (PowerPoint's widescreen size). */
public enum PageSize {
    A4("a4", "A4", 842, 595),
    LETTER("letter", "Letter", 792, 612),
    SLIDE("16:9", "16:9 slide", 960, 540);

    private final String id;
    private final String words;
    private final double width;
    private final double height;

    PageSize(String id, String words, double width, double height) {
        this.id = id;
        this.words = words;
        this.width = width;
        this.height = height;
    }

    /** As on the command line: a4, letter, 16:9. */
    public String id() { return id; }
    /** As in the export dialog. */
    public String words() { return words; }
    public double width() { return width; }
    public double height() { return height; }

    /** @throws IllegalArgumentException with one sentence naming the choices */
    public static PageSize fromName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (PageSize p : values()) if (p.id.equals(wanted)) return p;
        throw new IllegalArgumentException("unknown page size '" + name + "': use a4, letter or 16:9");
    }
}
