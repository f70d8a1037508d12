package net.wsustopology.export;

/**
 * How to export: colour theme, a title (PDF and DOT fall back to the plan's name; PNG and SVG
 * show a title strip only when one is given), the PNG pixel scale, and whether PNG and SVG
 * pictures carry the legend under the diagram, and the PDF's page size.
 */
public record ExportOptions(Theme theme, String title, double scale, boolean legend, PageSize page) {
    public static final double DEFAULT_SCALE = 2.0;

    public ExportOptions {
        if (theme == null) theme = Theme.LIGHT;
        if (page == null) page = PageSize.A4;
        if (!(scale > 0)) throw new IllegalArgumentException("scale must be positive: " + scale);
    }

    public static ExportOptions defaults() { return new ExportOptions(Theme.LIGHT, null, DEFAULT_SCALE, true, PageSize.A4); }

    public ExportOptions withTheme(Theme v) { return new ExportOptions(v, title, scale, legend, page); }
    public ExportOptions withTitle(String v) { return new ExportOptions(theme, v, scale, legend, page); }
    public ExportOptions withScale(double v) { return new ExportOptions(theme, title, v, legend, page); }
    public ExportOptions withLegend(boolean v) { return new ExportOptions(theme, title, scale, v, page); }
    public ExportOptions withPage(PageSize v) { return new ExportOptions(theme, title, scale, legend, v); }

    /** The title to show: the given one, else the plan's name, else a neutral default. */
    public String titleOr(String planName) {
        if (title != null && !title.isBlank()) return title;
        return planName == null || planName.isBlank() ? "WSUS topology" : planName;
    }
}
