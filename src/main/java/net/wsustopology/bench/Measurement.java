package net.wsustopology.bench;

import java.util.Arrays;

/** Repeated readings of one quantity at one plan size: times in milliseconds, or another {@code unit}. */
public record Measurement(String operation, int servers, String unit, double[] values) {
    public static final String MILLIS = "ms";
    public static final String MEBIBYTES = "MiB";
    /** A zoom factor (1 = 100 %), higher is better. */
    public static final String ZOOM = "zoom";
    /** Pages of a PDF, fewer is better while every card stays readable. */
    public static final String PAGES = "pages";

    public static Measurement millis(String operation, int servers, double[] millis) {
        return new Measurement(operation, servers, MILLIS, millis);
    }

    public double median() { return percentile(50); }

    public double p95() { return percentile(95); }

    private double percentile(int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
