package net.wsustopology.layout;

/** The shape of a view, width : height, as typed on the command line ("16:9"). */
public record AspectRatio(double width, double height) {
    /** Narrower than this no layout makes sense (and 1e-300:1e300 would divide to 0). */
    private static final double MIN_RATIO = 1e-3;

    public AspectRatio {
        if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("an aspect ratio needs two positive numbers, not " + width + ":" + height);
        }
    }

    /** Width divided by height. */
    public double value() { return width / height; }

    /** Reads "W:H" with two positive numbers. @throws IllegalArgumentException with a sentence saying what is wrong */
    public static AspectRatio parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split(":", -1);
        if (parts.length == 2) {
            try {
                double w = Double.parseDouble(parts[0].trim());
                double h = Double.parseDouble(parts[1].trim());
                if (w > 0 && h > 0 && !Double.isInfinite(w) && !Double.isInfinite(h)) {
                    double ratio = w / h;
                    if (!(ratio >= MIN_RATIO && ratio <= 1 / MIN_RATIO)) {
                        throw new IllegalArgumentException("the view's shape " + text.trim() + " is too narrow or too flat:"
                                + " width divided by height must be between 1:1000 and 1000:1");
                    }
                    return new AspectRatio(w, h);
                }
            } catch (NumberFormatException e) {
                // falls through to the sentence below
            }
        }
        throw new IllegalArgumentException("expected the view's shape as two positive numbers W:H, like 16:9, but found '" + text + "'");
    }

    @Override public String toString() { return format(width) + ":" + format(height); }

    private static String format(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
