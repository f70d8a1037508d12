package net.wsustopology.diff;

import java.util.List;
import java.util.function.BiFunction;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/** The settings {@code diff} compares, by their file path, with their comparable values. */
final class DiffSettings {
    record Compared(String path, BiFunction<Topology, Server, Object> value) { }

    private DiffSettings() { }

    static List<Compared> all() {
        return List.of(
                new Compared("wsusVersion", (t, s) -> s.getWsusVersion().code()),
                new Compared("ports.http", (t, s) -> s.getHttpPort()),
                new Compared("ports.https", (t, s) -> s.getHttpsPort()),
                new Compared("ports.requireSsl", (t, s) -> s.isRequireSsl()),
                new Compared("updateSource.from", (t, s) -> s.isSyncFromUpstream() ? "upstream" : "microsoft-update"),
                new Compared("updateSource.upstream", (t, s) -> {
                    if (!s.isSyncFromUpstream()) return null;
                    Server up = t.upstreamOf(s);
                    return up == null ? s.getUpstreamId() : up.getName();
                }),
                new Compared("updateSource.port", (t, s) -> s.isSyncFromUpstream() ? s.getSourcePort() : null),
                new Compared("updateSource.useSsl", (t, s) -> s.isUseSsl()),
                new Compared("updateSource.replica", (t, s) -> s.isReplica()),
                new Compared("proxy.enabled", (t, s) -> s.getProxy().enabled()),
                new Compared("proxy.server", (t, s) -> s.getProxy().server()),
                new Compared("proxy.port", (t, s) -> s.getProxy().port()),
                new Compared("proxy.useCredentials", (t, s) -> s.getProxy().useCredentials()),
                new Compared("proxy.user", (t, s) -> s.getProxy().user()),
                new Compared("proxy.domain", (t, s) -> s.getProxy().domain()),
                new Compared("proxy.allowBasicAuth", (t, s) -> s.getProxy().allowBasicAuth()),
                new Compared("languages", (t, s) -> s.getLanguages().all() ? "all" : s.getLanguages().codes().stream().sorted().toList()),
                new Compared("sync.automatic", (t, s) -> s.getSync().automatic()),
                new Compared("sync.firstSyncUtc", (t, s) -> s.getSync().firstSyncUtc()),
                new Compared("sync.perDay", (t, s) -> s.getSync().perDay()));
    }
}
