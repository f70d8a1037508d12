package net.wsustopology.insight;

/** Servers and their clients in one group (a tier, or a root's subtree). */
public record TierCount(int servers, long clients) {
    public static final TierCount EMPTY = new TierCount(0, 0);

    public TierCount plus(int moreServers, long moreClients) {
        return new TierCount(servers + moreServers, clients + moreClients);
    }
}
