package net.wsustopology.diagram;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link CardText.Measure} that measures each text once, at {@link #REFERENCE} pixels, and
 * scales: titles and group cards are laid out again at every step of a zoom gesture, in sizes
 * that differ by fractions, and a text's width grows in proportion to its size.
 */
public final class ScaledMeasure implements CardText.Measure {
    static final double REFERENCE = 12;
    /** Widths at larger sizes can round up; the scaled width is made this much wider so a text never spills. */
    private static final double SAFETY = 1.03;
    private static final int MOST_CACHED = 20_000;

    private final CardText.Measure exact;
    private final Map<String, Double> bold = new HashMap<>();
    private final Map<String, Double> plain = new HashMap<>();

    public ScaledMeasure(CardText.Measure exact) { this.exact = exact; }

    @Override public double width(String text, boolean isBold, double size) {
        Map<String, Double> cache = isBold ? bold : plain;
        if (cache.size() > MOST_CACHED) cache.clear();
        return cache.computeIfAbsent(text, t -> exact.width(t, isBold, REFERENCE)) * size / REFERENCE * SAFETY;
    }
}
