package net.wsustopology.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every property of a server, described once (see {@link ServerProperty}), in file order. Adding a
 * setting means one entry here, its field in {@link Server} and its field in the inspector;
 * {@code ServerSettingsCoverageTest} then fails until the reader, writer and CSV carry it too.
 */
public final class ServerSettings {
    /** The update source's {@code from} values in the file. */
    public static final String FROM_UPSTREAM = "upstream";
    public static final String FROM_MICROSOFT_UPDATE = "microsoft-update";
    /** The comparable value of a server's languages when it downloads every language. */
    public static final String ALL_LANGUAGES = "all";

    public static final ServerProperty<String> NAME = property(Server.NAME, "name", "", Server::getName, Server::setName,
            own("name"));
    public static final ServerProperty<WsusVersion> VERSION = property(Server.VERSION, "WSUS version", WsusVersion.V10,
            Server::getWsusVersion, Server::setWsusVersion, deployed("wsusVersion", (t, s) -> s.getWsusVersion().code()));
    public static final ServerProperty<String> SITE = property(Server.SITE, "site", "", Server::getSite, Server::setSite,
            own("site"));
    public static final ServerProperty<Integer> CLIENTS = property(Server.CLIENTS, "client count", 0, Server::getClients,
            Server::setClients, own("clients"));
    public static final ServerProperty<Integer> HTTP_PORT = property(Server.HTTP_PORT, "HTTP port",
            WsusVersion.V10.defaultHttpPort(), Server::getHttpPort, Server::setHttpPort, deployed("ports.http", (t, s) -> s.getHttpPort()));
    public static final ServerProperty<Integer> HTTPS_PORT = property(Server.HTTPS_PORT, "HTTPS port",
            WsusVersion.V10.defaultHttpsPort(), Server::getHttpsPort, Server::setHttpsPort,
            deployed("ports.https", (t, s) -> s.getHttpsPort()));
    public static final ServerProperty<Boolean> REQUIRE_SSL = property(Server.REQUIRE_SSL, "Require SSL", false,
            Server::isRequireSsl, Server::setRequireSsl, deployed("ports.requireSsl", (t, s) -> s.isRequireSsl()));
    public static final ServerProperty<Boolean> SYNC_FROM_UPSTREAM = property(Server.SYNC_FROM_UPSTREAM, "update source", false,
            Server::isSyncFromUpstream, Server::setSyncFromUpstream,
            deployed("updateSource.from", (t, s) -> s.isSyncFromUpstream() ? FROM_UPSTREAM : FROM_MICROSOFT_UPDATE));
    public static final ServerProperty<String> UPSTREAM_ID = property(Server.UPSTREAM_ID, "upstream server", null,
            Server::getUpstreamId, Server::setUpstreamId, deployed("updateSource.upstream", ServerSettings::upstreamName));
    public static final ServerProperty<Integer> SOURCE_PORT = property(Server.SOURCE_PORT, "upstream port", null,
            Server::getSourcePort, Server::setSourcePort, deployed("updateSource.port", (t, s) -> s.isSyncFromUpstream() ? t.sourcePort(s) : null));
    public static final ServerProperty<Boolean> USE_SSL = property(Server.USE_SSL, "SSL", false, Server::isUseSsl,
            Server::setUseSsl, deployed("updateSource.useSsl", (t, s) -> s.isUseSsl()));
    public static final ServerProperty<Boolean> REPLICA = property(Server.REPLICA, "replica mode", false, Server::isReplica,
            Server::setReplica, deployed("updateSource.replica", (t, s) -> s.isReplica()));
    public static final ServerProperty<ProxySettings> PROXY = property(Server.PROXY, "proxy", ProxySettings.NONE,
            Server::getProxy, Server::setProxy,
            proxy("enabled", ProxySettings::enabled), proxy("server", ProxySettings::server), proxy("port", ProxySettings::port),
            proxy("useCredentials", ProxySettings::useCredentials), proxy("user", ProxySettings::user),
            proxy("domain", ProxySettings::domain), proxy("allowBasicAuth", ProxySettings::allowBasicAuth));
    public static final ServerProperty<LanguageSelection> LANGUAGES = property(Server.LANGUAGES, "languages",
            LanguageSelection.ENGLISH, Server::getLanguages, Server::setLanguages,
            deployed("languages", (t, s) -> comparable(s.getLanguages())));
    public static final ServerProperty<SyncSchedule> SYNC = property(Server.SYNC, "synchronization schedule", SyncSchedule.MANUAL,
            Server::getSync, Server::setSync, sync("automatic", SyncSchedule::automatic),
            sync("firstSyncUtc", SyncSchedule::firstSyncUtc), sync("perDay", SyncSchedule::perDay));
    public static final ServerProperty<String> NOTES = property(Server.NOTES, "notes", "", Server::getNotes, Server::setNotes,
            own("notes"));
    public static final ServerProperty<Position> POSITION = property(Server.POSITION, "position", null, Server::getPosition,
            Server::setPosition, own("position"));
    public static final ServerProperty<Boolean> PINNED = property(Server.PINNED, "pin", false, Server::isPinned,
            Server::setPinned, own("position.pinned"));

    /** Every property of a server, in the order of the file. */
    public static final List<ServerProperty<?>> ALL = List.of(NAME, VERSION, SITE, CLIENTS, HTTP_PORT, HTTPS_PORT, REQUIRE_SSL,
            SYNC_FROM_UPSTREAM, UPSTREAM_ID, SOURCE_PORT, USE_SSL, REPLICA, PROXY, LANGUAGES, SYNC, NOTES, POSITION, PINNED);

    private static final Map<String, ServerProperty<?>> BY_NAME = new HashMap<>();
    private static final List<Setting> SETTINGS = new ArrayList<>();

    static {
        for (ServerProperty<?> p : ALL) {
            BY_NAME.put(p.name(), p);
            SETTINGS.addAll(p.settings());
        }
    }

    private ServerSettings() { }

    /** The property with this name ({@link Server#NAME}...), or null. */
    public static ServerProperty<?> named(String name) { return BY_NAME.get(name); }

    /** Every leaf setting of the file, in file order. */
    public static List<Setting> settings() { return List.copyOf(SETTINGS); }

    /** The leaf setting with this file path ("updateSource.port"), or null. */
    public static Setting atPath(String path) {
        for (Setting s : SETTINGS) if (s.path().equals(path)) return s;
        return null;
    }

    /** Languages in the form {@code diff} compares: "all", or the sorted codes. */
    public static Object comparable(LanguageSelection languages) {
        return languages.all() ? ALL_LANGUAGES : languages.codes().stream().sorted().toList();
    }

    /** An upstream by its host name, so plans with different ids compare; the id when it is not in the plan. */
    private static Object upstreamName(Topology plan, Server s) {
        if (!s.isSyncFromUpstream()) return null;
        Server up = plan.upstreamOf(s);
        return up == null ? s.getUpstreamId() : up.getName();
    }

    /** Builds a property; its settings get its name, and a setting without a value function shows the property's value. */
    private static <T> ServerProperty<T> property(String name, String label, T defaultValue, Function<Server, T> getter,
                                                  BiConsumer<Server, T> setter, Setting... settings) {
        List<Setting> own = new ArrayList<>();
        for (Setting leaf : settings) {
            BiFunction<Topology, Server, Object> value = leaf.value() != null ? leaf.value() : (t, s) -> getter.apply(s);
            own.add(new Setting(leaf.path(), name, leaf.deployed(), value));
        }
        return new ServerProperty<>(name, label, defaultValue, getter, setter, List.copyOf(own));
    }

    /** A setting of the plan only (no real server has it): {@code diff} leaves it alone. */
    private static Setting own(String path) { return new Setting(path, null, false, null); }

    private static Setting deployed(String path, BiFunction<Topology, Server, Object> value) {
        return new Setting(path, null, true, value);
    }

    private static Setting proxy(String member, Function<ProxySettings, Object> value) {
        return new Setting("proxy." + member, null, true, (t, s) -> value.apply(s.getProxy()));
    }

    private static Setting sync(String member, Function<SyncSchedule, Object> value) {
        return new Setting("sync." + member, null, true, (t, s) -> value.apply(s.getSync()));
    }
}
