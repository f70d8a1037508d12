package net.wsustopology.insight;

import net.wsustopology.model.Server;

/** How many direct downstream servers one upstream has against the plan's limit. */
public record FanOut(Server upstream, int downstreams, int limit) {
    public enum Level { OK, NEAR_LIMIT, OVER_LIMIT }

    /** Share of the limit in use; above 1 when the limit is exceeded. */
    public double ratio() { return limit <= 0 ? (downstreams > 0 ? Double.POSITIVE_INFINITY : 0) : (double) downstreams / limit; }

    /** NEAR_LIMIT from 90% of the limit up to the limit (FAN-02), OVER_LIMIT above it (FAN-01). */
    public Level level() {
        if (downstreams > limit) return Level.OVER_LIMIT;
        if (downstreams * 10L >= limit * 9L) return Level.NEAR_LIMIT;
        return Level.OK;
    }
}
