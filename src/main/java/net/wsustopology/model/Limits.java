package net.wsustopology.model;

/** Planning limits of one plan (SPEC section 1, RULES.md). */
public record Limits(int maxDownstreamServers, int recommendedMaxTiers, int maxTiers) {
    public static final Limits DEFAULT = new Limits(1000, 3, 5);
    public static final String NOT_POSITIVE = "Enter a whole number, 1 or more";

    /** One sentence saying why these limits cannot be a plan's, or null when they can (a loaded file is not refused). */
    public String problem() {
        if (maxDownstreamServers < 1 || recommendedMaxTiers < 1 || maxTiers < 1) return NOT_POSITIVE;
        if (recommendedMaxTiers > maxTiers) {
            return "The recommended number of tiers (" + recommendedMaxTiers + ") cannot be more than the maximum (" + maxTiers + ")";
        }
        return null;
    }

}
