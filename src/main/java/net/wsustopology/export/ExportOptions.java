package net.wsustopology.export;

/**
 * How to export: colour theme, a title (PDF and DOT fall back to the plan's name; PNG and SVG
 * show a title strip only when one is given), the PNG pixel scale, and whether PNG and SVG
 * pictures carry the legend under the diagram.
 */
public record ExportOptions(Theme theme, String title, double scale, boolean legend) {
    public static final double DEFAULT_SCALE = 2.0;

    public ExportOptions {
        if (theme == null) theme = Theme.LIGHT;
        if (!(scale > 0)) throw new IllegalArgumentException("scale must be positive: " + scale);
    }

    public static ExportOptions defaults() { return new ExportOptions(Theme.LIGHT, null, DEFAULT_SCALE, true); }

    public ExportOptions withTheme(Theme v) { return new ExportOptions(v, title, scale, legend); }
    public ExportOptions withTitle(String v) { return new ExportOptions(theme, v, scale, legend); }
    public ExportOptions withScale(double v) { return new ExportOptions(theme, title, v, legend); }
    public ExportOptions withLegend(boolean v) { return new ExportOptions(theme, title, scale, v); }

    /** The title to show: the given one, else the plan's name, else a neutral default. */
    public String titleOr(String planName) {
        if (title != null && !title.isBlank()) return title;
        return planName == null || planName.isBlank() ? "WSUS topology" : planName;
    }
}
