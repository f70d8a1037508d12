package net.wsustopology.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import net.wsustopology.model.Setting.Type;
import net.wsustopology.model.Shown.Control;

/**
 * Every property of a server, described once (see {@link ServerProperty} and {@link Setting}), in
 * file order: file path, type, default, CSV column, the console's caption, where the inspector shows
 * it and when WSUS uses it. The file reader and writer, CSV, copy, equality, {@code diff} and the
 * inspector's plain rows loop over this table, so a plain setting is one entry here (an on/off
 * setting needs no field in {@link Server}: see {@link #flag}).
 */
public final class ServerSettings {
    /** The update source's {@code from} values in the file. */
    public static final String FROM_UPSTREAM = "upstream";
    public static final String FROM_MICROSOFT_UPDATE = "microsoft-update";
    /** The comparable value of a server's languages when it downloads every language. */
    public static final String ALL_LANGUAGES = "all";

    private static final String PORTS = Shown.PORTS_GROUP;
    private static final String UPDATE_FILES = Shown.UPDATE_FILES_GROUP;
    private static final Applies DOWNSTREAM = Applies.when(Server::isSyncFromUpstream,
            "Only for a server that synchronizes from another WSUS server.", Server.SYNC_FROM_UPSTREAM);
    private static final Applies PROXY_ON = Applies.when(s -> s.getProxy().enabled(),
            "Only used with a proxy server.", Server.PROXY);
    private static final Applies CREDENTIALS_ON = PROXY_ON.and(Applies.when(s -> s.getProxy().useCredentials(),
            "Only used when the proxy server needs credentials.", Server.PROXY));
    /** Default values of the on/off settings kept in {@link Server}'s flags, one bit each. */
    static final int DEFAULT_FLAGS = 0b11;

    public static final ServerProperty<String> NAME = property(Server.NAME, "name", "", Server::getName, Server::setName,
            Setting.at("name", Type.TEXT).csv("name")
                    .shown(new Shown(Shown.GENERAL, "", "Server name", "The server's host name as typed into the console; "
                            + "a fully qualified name lets downstream servers reach it over SSL.", Control.TEXT, "server-name", true)));
    public static final ServerProperty<WsusVersion> VERSION = property(Server.VERSION, "WSUS version", WsusVersion.V10,
            Server::getWsusVersion, Server::setWsusVersion,
            Setting.at("wsusVersion", Type.CHOICE).deployed().csv("version")
                    .<WsusVersion>part(WsusVersion::code, (old, code) -> WsusVersion.fromCode((String) code)
                            .orElseThrow(() -> new IllegalArgumentException("not a WSUS version: " + code)))
                    .choices("a WSUS version", Arrays.stream(WsusVersion.values()).map(WsusVersion::code).toList(),
                            Arrays.stream(WsusVersion.values()).map(WsusVersion::displayName).toList())
                    .shown(row(Shown.GENERAL, "", "WSUS version", "The release installed; it decides the default ports, and a "
                            + "downstream runs the same or an older version than its upstream.", Control.CHOICE, "wsus-version")));
    public static final ServerProperty<String> SITE = property(Server.SITE, "site", "", Server::getSite, Server::setSite,
            Setting.at("site", Type.TEXT).csv("site")
                    .shown(row(Shown.GENERAL, "", "Site", "Where the server stands (the plan's note, not a WSUS setting).",
                            Control.TEXT, "server-site")));
    public static final ServerProperty<Integer> CLIENTS = property(Server.CLIENTS, "client count", 0, Server::getClients,
            Server::setClients, Setting.at("clients", Type.INTEGER).csv("clients")
                    .shown(row(Shown.GENERAL, "", "Clients", "How many computers get their updates from this server.",
                            Control.COUNT, "clients")));
    public static final ServerProperty<Integer> HTTP_PORT = property(Server.HTTP_PORT, "HTTP port",
            WsusVersion.V10.defaultHttpPort(), Server::getHttpPort, Server::setHttpPort,
            Setting.at("ports.http", Type.INTEGER).deployed().csv("http_port").defaultFrom(s -> s.getWsusVersion().defaultHttpPort())
                    .shown(row(Shown.GENERAL, PORTS, "HTTP port", "The IIS port this server listens on (8530 by default; "
                            + "WSUS 3.0 SP2: 80).", Control.PORT, "http-port")));
    public static final ServerProperty<Integer> HTTPS_PORT = property(Server.HTTPS_PORT, "HTTPS port",
            WsusVersion.V10.defaultHttpsPort(), Server::getHttpsPort, Server::setHttpsPort,
            Setting.at("ports.https", Type.INTEGER).deployed().csv("https_port").defaultFrom(s -> s.getWsusVersion().defaultHttpsPort())
                    .shown(row(Shown.GENERAL, PORTS, "HTTPS port", "The SSL port: the HTTP port + 1 (8531; WSUS 3.0 SP2: 443).",
                            Control.PORT, "https-port")));
    public static final ServerProperty<Boolean> REQUIRE_SSL = property(Server.REQUIRE_SSL, "Require SSL", false,
            Server::isRequireSsl, Server::setRequireSsl,
            Setting.at("ports.requireSsl", Type.BOOLEAN).deployed().csv("require_ssl")
                    .shown(row(Shown.GENERAL, PORTS, "Require SSL (clients and downstream servers must use HTTPS)",
                            "IIS's Require SSL on the WSUS web services.", Control.CHECK_BOX, "require-ssl")));
    public static final ServerProperty<Boolean> SYNC_FROM_UPSTREAM = property(Server.SYNC_FROM_UPSTREAM, "update source", false,
            Server::isSyncFromUpstream, Server::setSyncFromUpstream,
            Setting.at("updateSource.from", Type.CHOICE).deployed()
                    .<Boolean>part(up -> up ? FROM_UPSTREAM : FROM_MICROSOFT_UPDATE, (old, from) -> fromUpstream((String) from))
                    .choices("", List.of(FROM_MICROSOFT_UPDATE, FROM_UPSTREAM), List.of("Microsoft Update", "another WSUS server"))
                    .shown(own(Shown.SOURCE)));
    public static final ServerProperty<String> UPSTREAM_ID = property(Server.UPSTREAM_ID, "upstream server", null,
            Server::getUpstreamId, Server::setUpstreamId,
            Setting.at("updateSource.upstream", Type.TEXT).deployed(ServerSettings::upstreamName).csv("upstream")
                    .appliesWhen(DOWNSTREAM).shown(own(Shown.SOURCE)));
    public static final ServerProperty<Integer> SOURCE_PORT = property(Server.SOURCE_PORT, "upstream port", null,
            Server::getSourcePort, Server::setSourcePort,
            Setting.at("updateSource.port", Type.INTEGER).deployed((t, s) -> s.isSyncFromUpstream() ? t.sourcePort(s) : null)
                    .csv("port").shown(own(Shown.SOURCE)));
    public static final ServerProperty<Boolean> USE_SSL = property(Server.USE_SSL, "SSL", false, Server::isUseSsl,
            Server::setUseSsl, Setting.at("updateSource.useSsl", Type.BOOLEAN).deployed().csv("ssl").shown(own(Shown.SOURCE)));
    public static final ServerProperty<Boolean> REPLICA = property(Server.REPLICA, "replica mode", false, Server::isReplica,
            Server::setReplica, Setting.at("updateSource.replica", Type.BOOLEAN).deployed().csv("replica").shown(own(Shown.SOURCE)));
    public static final ServerProperty<ProxySettings> PROXY = property(Server.PROXY, "proxy", ProxySettings.NONE,
            Server::getProxy, Server::setProxy, ProxyRows.settings(PROXY_ON, CREDENTIALS_ON));
    public static final ServerProperty<LanguageSelection> LANGUAGES = property(Server.LANGUAGES, "languages",
            LanguageSelection.ENGLISH, Server::getLanguages, Server::setLanguages,
            Setting.at("languages", Type.OWN).deployed((t, s) -> comparable(s.getLanguages())).csv("languages")
                    .shown(own(Shown.LANGUAGES)));
    public static final ServerProperty<SyncSchedule> SYNC = property(Server.SYNC, "synchronization schedule", SyncSchedule.MANUAL,
            Server::getSync, Server::setSync,
            Setting.at("sync.automatic", Type.BOOLEAN).deployed().csv("sync_automatic").shown(own(Shown.SCHEDULE))
                    .<SyncSchedule>part(SyncSchedule::automatic, (old, v) -> old.withAutomatic((Boolean) v)),
            Setting.at("sync.firstSyncUtc", Type.TEXT).deployed().csv("first_sync_utc").shown(own(Shown.SCHEDULE))
                    .<SyncSchedule>part(SyncSchedule::firstSyncUtc, (old, v) -> old.withFirstSyncUtc((String) v)),
            Setting.at("sync.perDay", Type.INTEGER).deployed().csv("syncs_per_day").shown(own(Shown.SCHEDULE))
                    .<SyncSchedule>part(SyncSchedule::perDay, (old, v) -> old.withPerDay((Integer) v)));
    public static final ServerProperty<Boolean> STORE_LOCALLY = flag(0, "updateFiles.storeLocally", "storing update files",
            "store_locally", Applies.ALWAYS, "Store update files locally on this server",
            "Off: clients download approved update files from Microsoft Update, and the server must download every"
                    + " language (HostBinariesOnMicrosoftUpdate).");
    private static final Applies FILES_STORED = Applies.when(STORE_LOCALLY::get,
            "Only used when update files are stored locally.", STORE_LOCALLY.name());
    public static final ServerProperty<Boolean> ONLY_WHEN_APPROVED = flag(1, "updateFiles.onlyWhenApproved",
            "downloading files only when approved", "only_when_approved", FILES_STORED,
            "Download update files to this server only when updates are approved",
            "Off: every update's files are downloaded as soon as it is synchronized (DownloadUpdateBinariesAsNeeded).");
    public static final ServerProperty<Boolean> EXPRESS_FILES = flag(2, "updateFiles.expressFiles", "express installation files",
            "express_files", FILES_STORED, "Download express installation files",
            "Smaller downloads for clients, much more disk and WAN traffic for the server (DownloadExpressPackages).");
    public static final ServerProperty<Boolean> FILES_FROM_MICROSOFT_UPDATE = flag(3, "updateFiles.fromMicrosoftUpdate",
            "downloading files from Microsoft Update", "files_from_microsoft_update", FILES_STORED.and(DOWNSTREAM),
            "Download files from Microsoft Update; do not download from upstream server",
            "Metadata still comes from the upstream; the files come from Microsoft Update instead of across the WAN"
                    + " (GetContentFromMU).");
    public static final ServerProperty<String> NOTES = property(Server.NOTES, "notes", "", Server::getNotes, Server::setNotes,
            Setting.at("notes", Type.TEXT).csv("notes").shown(own(Shown.GENERAL)));
    public static final ServerProperty<Position> POSITION = property(Server.POSITION, "position", null, Server::getPosition,
            Server::setPosition, Setting.at("position", Type.OWN));
    public static final ServerProperty<Boolean> PINNED = property(Server.PINNED, "pin", false, Server::isPinned,
            Server::setPinned, Setting.at("position.pinned", Type.OWN));

    /** The console's Update Files settings, in its order (the PDF's server table and GraphML carry them). */
    public static final List<ServerProperty<Boolean>> UPDATE_FILES_SETTINGS = List.of(STORE_LOCALLY, ONLY_WHEN_APPROVED,
            EXPRESS_FILES, FILES_FROM_MICROSOFT_UPDATE);

    /** Every property of a server, in the order of the file. */
    public static final List<ServerProperty<?>> ALL = List.of(NAME, VERSION, SITE, CLIENTS, HTTP_PORT, HTTPS_PORT, REQUIRE_SSL,
            SYNC_FROM_UPSTREAM, UPSTREAM_ID, SOURCE_PORT, USE_SSL, REPLICA, PROXY, LANGUAGES, SYNC, STORE_LOCALLY,
            ONLY_WHEN_APPROVED, EXPRESS_FILES, FILES_FROM_MICROSOFT_UPDATE, NOTES, POSITION, PINNED);

    private static final Map<String, ServerProperty<?>> BY_NAME = new HashMap<>();
    private static final List<Setting> SETTINGS = new ArrayList<>();
    private static final Map<String, Setting> BY_PATH = new HashMap<>();

    static {
        for (ServerProperty<?> p : ALL) {
            BY_NAME.put(p.name(), p);
            SETTINGS.addAll(p.settings());
        }
        for (Setting s : SETTINGS) BY_PATH.put(s.path(), s);
    }

    private ServerSettings() { }

    /** The property with this name ({@link Server#NAME}...), or null. */
    public static ServerProperty<?> named(String name) { return BY_NAME.get(name); }

    /** Every leaf setting of the file, in file order. */
    public static List<Setting> settings() { return List.copyOf(SETTINGS); }

    /** The leaf setting with this file path ("updateSource.port"), or null. */
    public static Setting atPath(String path) { return BY_PATH.get(path); }

    /** The settings the inspector shows on {@code tab}, in file order. */
    public static List<Setting> onTab(String tab) {
        List<Setting> on = new ArrayList<>();
        for (Setting s : SETTINGS) if (s.shown().tab().equals(tab)) on.add(s);
        return on;
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

    private static boolean fromUpstream(String from) {
        if (FROM_UPSTREAM.equals(from)) return true;
        if (FROM_MICROSOFT_UPDATE.equals(from)) return false;
        throw new IllegalArgumentException("not an update source: " + from);
    }

    static Shown row(String tab, String group, String caption, String tooltip, Control control, String id) {
        return new Shown(tab, group, caption, tooltip, control, id, false);
    }

    /** Shown on {@code tab} by a control of its own. */
    private static Shown own(String tab) { return new Shown(tab, "", "", "", Control.OWN, "", false); }

    private static <T> ServerProperty<T> property(String name, String label, T defaultValue, Function<Server, T> getter,
                                                  BiConsumer<Server, T> setter, Setting.Builder... settings) {
        return new ServerProperty<>(name, label, defaultValue, getter, setter, List.of(settings));
    }

    /**
     * An on/off setting of the console kept in bit {@code bit} of {@link Server}'s flags (its default
     * is that bit of {@link #DEFAULT_FLAGS}); its name is its file path. Shown as a check box in the
     * Update Files group.
     */
    private static ServerProperty<Boolean> flag(int bit, String path, String label, String csvColumn, Applies applies,
                                                String caption, String tooltip) {
        String id = path.substring(path.indexOf('.') + 1).replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return property(path, label, (DEFAULT_FLAGS & (1 << bit)) != 0, s -> s.flag(bit), (s, v) -> s.setFlag(bit, v, path),
                Setting.at(path, Type.BOOLEAN).deployed().csv(csvColumn).appliesWhen(applies)
                        .shown(row(Shown.LANGUAGES, UPDATE_FILES, caption, tooltip, Control.CHECK_BOX, id)));
    }
}
