package net.wsustopology.bench;

import java.util.Arrays;

/** Timings of one operation at one plan size, in milliseconds. */
record Measurement(String operation, int servers, double[] millis) {
    double median() { return percentile(50); }

    double p95() { return percentile(95); }

    private double percentile(int p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
