package net.wsustopology.export.scripts;

import static net.wsustopology.export.scripts.ApiSetting.Kind.FLAG;
import static net.wsustopology.export.scripts.ApiSetting.Kind.HOST;
import static net.wsustopology.export.scripts.ApiSetting.Kind.LANGUAGES;
import static net.wsustopology.export.scripts.ApiSetting.Kind.PER_DAY;
import static net.wsustopology.export.scripts.ApiSetting.Kind.PORT;
import static net.wsustopology.export.scripts.ApiSetting.Kind.TEXT;
import static net.wsustopology.export.scripts.ApiSetting.Kind.TIME;
import static net.wsustopology.export.scripts.ApiSetting.Target.CONFIGURATION;
import static net.wsustopology.export.scripts.ApiSetting.Target.SUBSCRIPTION;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;

/**
 * Every setting the apply scripts set, in the order they set them (SPEC section 3; API facts and
 * page ids in WSUS-API.md). The Update Source's five properties come together, as the
 * UpdateServicesDsc resource sets them; a setting that matters on neither side of {@code diff}
 * (the proxy name with the proxy off) is left as the server has it.
 */
public final class ApiSettings {
    private static final Predicate<Server> FROM_UPSTREAM = Server::isSyncFromUpstream;
    private static final Predicate<Server> PROXY = s -> s.getProxy().enabled();
    private static final Predicate<Server> PROXY_CREDENTIALS = s -> s.getProxy().enabled() && s.getProxy().useCredentials();
    // a replica takes its upstream's languages (SPEC section 1)
    private static final Predicate<Server> OWN_LANGUAGES = s -> !(s.isSyncFromUpstream() && s.isReplica());
    private static final Predicate<Server> CHOSEN_LANGUAGES = s -> OWN_LANGUAGES.test(s) && !s.getLanguages().all();
    private static final Predicate<Server> AUTOMATIC = s -> s.getSync().automatic();
    private static final String CONFIG_PAGE = "WSUS-API.md, IUpdateServerConfiguration";

    private static final List<ApiSetting> ALL = List.of(
            always("SyncFromMicrosoftUpdate", "updateSource.from", "Update Source: from Microsoft Update", FLAG,
                    (t, s) -> !s.isSyncFromUpstream()),
            when(FROM_UPSTREAM, "UpstreamWsusServerName", "updateSource.upstream", "Update Source: upstream server", HOST,
                    ApiSettings::upstreamName),
            when(FROM_UPSTREAM, "UpstreamWsusServerPortNumber", "updateSource.port", "Update Source: upstream port", PORT,
                    (t, s) -> t.sourcePort(s)),
            when(FROM_UPSTREAM, "UpstreamWsusServerUseSsl", "updateSource.useSsl", "Update Source: SSL to the upstream", FLAG,
                    (t, s) -> s.isUseSsl()),
            always("IsReplicaServer", "updateSource.replica", "Update Source: replica", FLAG, (t, s) -> s.isReplica()),
            always("UseProxy", "proxy.enabled", "Proxy server: use a proxy", FLAG, (t, s) -> s.getProxy().enabled()),
            when(PROXY, "ProxyName", "proxy.server", "Proxy server: name", HOST, proxy(ProxySettings::server)),
            when(PROXY, "ProxyServerPort", "proxy.port", "Proxy server: port", PORT, proxy(ProxySettings::port)),
            // AnonymousProxyAccess false means the proxy is reached with credentials
            when(PROXY, "AnonymousProxyAccess", "proxy.useCredentials", "Proxy server: anonymous access", FLAG,
                    proxy(p -> !p.useCredentials())),
            when(PROXY_CREDENTIALS, "ProxyUserName", "proxy.user", "Proxy server: user", TEXT, proxy(ProxySettings::user)),
            when(PROXY_CREDENTIALS, "ProxyUserDomain", "proxy.domain", "Proxy server: domain", TEXT, proxy(ProxySettings::domain)),
            when(PROXY_CREDENTIALS, "AllowProxyCredentialsOverNonSsl", "proxy.allowBasicAuth",
                    "Proxy server: basic authentication", FLAG, proxy(ProxySettings::allowBasicAuth)),
            when(OWN_LANGUAGES, "AllUpdateLanguagesEnabled", "languages", "Update languages: all", FLAG,
                    (t, s) -> s.getLanguages().all()),
            when(CHOSEN_LANGUAGES, "EnabledUpdateLanguages", "languages", "Update languages: codes", LANGUAGES,
                    (t, s) -> String.join(",", s.getLanguages().codes().stream().sorted().toList())),
            // Update Files: the settings table says where WSUS uses each (elsewhere the server keeps its own value)
            files(ServerSettings.STORE_LOCALLY, "HostBinariesOnMicrosoftUpdate", "Update files: clients download from Microsoft Update",
                    v -> !v),
            files(ServerSettings.ONLY_WHEN_APPROVED, "DownloadUpdateBinariesAsNeeded", "Update files: only when approved", v -> v),
            files(ServerSettings.EXPRESS_FILES, "DownloadExpressPackages", "Update files: express installation files", v -> v),
            files(ServerSettings.FILES_FROM_MICROSOFT_UPDATE, "GetContentFromMU", "Update files: from Microsoft Update", v -> v),
            new ApiSetting("SynchronizeAutomatically", "sync.automatic", "Schedule: synchronize automatically", FLAG, SUBSCRIPTION,
                    "WSUS-API.md, ISubscription", (t, s) -> s.getSync().automatic()),
            new ApiSetting("SynchronizeAutomaticallyTimeOfDay", "sync.firstSyncUtc", "Schedule: first synchronization (UTC)", TIME,
                    SUBSCRIPTION, "WSUS-API.md, ISubscription: a TimeSpan since midnight UTC",
                    (t, s) -> AUTOMATIC.test(s) ? s.getSync().firstSyncUtc() : null),
            new ApiSetting("NumberOfSynchronizationsPerDay", "sync.perDay", "Schedule: synchronizations per day", PER_DAY,
                    SUBSCRIPTION, "WSUS-API.md, ISubscription: 1-24", (t, s) -> AUTOMATIC.test(s) ? s.getSync().perDay() : null));

    private ApiSettings() { }

    /** Every setting, in the order the scripts set them. */
    public static List<ApiSetting> all() { return ALL; }

    /** The plan settings ({@code diff}'s names) that an apply script changes; every other difference is made by hand. */
    public static Set<String> appliedPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (ApiSetting s : ALL) paths.add(s.planPath());
        return paths;
    }

    private static ApiSetting always(String property, String path, String label, ApiSetting.Kind kind,
                                     BiFunction<Topology, Server, Object> value) {
        return new ApiSetting(property, path, label, kind, CONFIGURATION, CONFIG_PAGE, value);
    }

    private static ApiSetting when(Predicate<Server> relevant, String property, String path, String label, ApiSetting.Kind kind,
                                   BiFunction<Topology, Server, Object> value) {
        return always(property, path, label, kind, (t, s) -> relevant.test(s) ? value.apply(t, s) : null);
    }

    /** An update files setting of the table, set only where the table says WSUS uses it; {@code api} maps its value to the API's. */
    private static ApiSetting files(ServerProperty<Boolean> setting, String property, String label, UnaryOperator<Boolean> api) {
        Setting leaf = setting.settings().get(0);
        return when(leaf.applies()::to, property, leaf.path(), label, FLAG, (t, s) -> api.apply(setting.get(s)));
    }

    private static BiFunction<Topology, Server, Object> proxy(Function<ProxySettings, Object> member) {
        return (t, s) -> member.apply(s.getProxy());
    }

    /** The upstream's host name as the plan writes it; null (a failed check of the script) when it is not in the plan. */
    private static Object upstreamName(Topology t, Server s) {
        Server up = t.upstreamOf(s);
        return up == null ? null : up.getName();
    }
}
