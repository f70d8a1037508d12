package net.wsustopology.model;

/** Planning limits of one plan (SPEC section 1, RULES.md). */
public record Limits(int maxDownstreamServers, int recommendedMaxTiers, int maxTiers) {
    public static final Limits DEFAULT = new Limits(1000, 3, 5);
}
