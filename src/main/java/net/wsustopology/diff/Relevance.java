package net.wsustopology.diff;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Server;

/**
 * When a setting matters. WSUS keeps a setting that is switched off (the proxy name with the
 * proxy off, the sync time with manual sync, the upstream port of a root), so a value that
 * matters on neither side is no difference; a setting not named here always matters.
 */
final class Relevance {
    /** What the collector knows of a server it could not reach: what its upstream's list of downstream servers says. */
    static final Set<String> KNOWN_WHEN_UNREACHABLE = Set.of("wsusVersion", "updateSource.from", "updateSource.upstream",
            "updateSource.replica");
    /** The upstream is shown as soon as one side syncs from one, with the source switch that differs. */
    private static final String UPSTREAM = "updateSource.upstream";

    private static final Predicate<Server> FROM_UPSTREAM = Server::isSyncFromUpstream;
    private static final Predicate<Server> PROXY = s -> s.getProxy().enabled();
    private static final Predicate<Server> PROXY_CREDENTIALS = s -> s.getProxy().enabled() && s.getProxy().useCredentials();
    private static final Predicate<Server> AUTOMATIC = s -> s.getSync().automatic();
    // a replica takes its upstream's languages: its own are ignored (SPEC section 2)
    private static final Predicate<Server> OWN_LANGUAGES = s -> !(s.isSyncFromUpstream() && s.isReplica());

    private static final Map<String, Predicate<Server>> WHEN = Map.ofEntries(
            Map.entry(UPSTREAM, FROM_UPSTREAM),
            Map.entry("updateSource.port", FROM_UPSTREAM),
            Map.entry("updateSource.useSsl", FROM_UPSTREAM),
            Map.entry("proxy.server", PROXY),
            Map.entry("proxy.port", PROXY),
            Map.entry("proxy.useCredentials", PROXY),
            Map.entry("proxy.user", PROXY_CREDENTIALS),
            Map.entry("proxy.domain", PROXY_CREDENTIALS),
            Map.entry("proxy.allowBasicAuth", PROXY_CREDENTIALS),
            Map.entry("sync.firstSyncUtc", AUTOMATIC),
            Map.entry("sync.perDay", AUTOMATIC),
            Map.entry("languages", OWN_LANGUAGES));

    private Relevance() { }

    /** True when {@code diff} compares this setting of the pair: never one the collector could not read (observed.unread). */
    static boolean compared(String path, Server planned, Server actual) {
        Observed observed = actual.getObserved();
        if (observed != null && observed.isUnreachable() && !KNOWN_WHEN_UNREACHABLE.contains(path)) return false;
        if (observed != null && observed.isUnread(path)) return false;
        Predicate<Server> when = WHEN.get(path);
        if (when == null) return true;
        if (path.equals(UPSTREAM)) return when.test(planned) || when.test(actual);
        return when.test(planned) && when.test(actual);
    }

    /** Equal values: host names as {@link HostNames#same}, other text ignoring case (Windows names do), the rest exactly. */
    static boolean same(String path, Object planned, Object actual) {
        if (planned == null || actual == null) return planned == actual;
        if (path.equals(UPSTREAM)) return HostNames.same(planned.toString(), actual.toString());
        if (planned instanceof String p && actual instanceof String a) return p.equalsIgnoreCase(a);
        return planned.equals(actual);
    }
}
