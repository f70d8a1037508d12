package net.wsustopology.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One WSUS server of a plan: plain fields, one per setting. Every setter that changes a value
 * tells the server's watchers (its plans) with the setting's name, one of the constants below,
 * so one listener follows them all.
 */
public final class Server {
    public static final String NAME = "name";
    public static final String VERSION = "wsusVersion";
    public static final String SITE = "site";
    public static final String CLIENTS = "clients";
    public static final String HTTP_PORT = "httpPort";
    public static final String HTTPS_PORT = "httpsPort";
    public static final String REQUIRE_SSL = "requireSsl";
    public static final String SYNC_FROM_UPSTREAM = "syncFromUpstream";
    public static final String UPSTREAM_ID = "upstreamId";
    public static final String SOURCE_PORT = "sourcePort";
    public static final String USE_SSL = "useSsl";
    public static final String REPLICA = "replica";
    public static final String PROXY = "proxy";
    public static final String LANGUAGES = "languages";
    public static final String SYNC = "sync";
    public static final String NOTES = "notes";
    public static final String POSITION = "position";
    public static final String PINNED = "pinned";

    private static final ServerWatcher[] NO_WATCHERS = {};

    private final String id;
    private ServerWatcher[] watchers = NO_WATCHERS;
    /** Members of the file this version does not know, as raw JSON by dotted path; written back on save. */
    private Map<String, String> unknownMembers; // made on first use: few servers have any

    public Server(String id) {
        if (!isValidId(id)) throw new IllegalArgumentException("invalid server id: " + id);
        this.id = id;
    }

    /** 1-64 letters, digits, '.', '_' or '-'. Checked with a loop, not a regular expression: it runs for every server of a plan being read. */
    public static boolean isValidId(String id) {
        int n = id == null ? 0 : id.length();
        if (n < 1 || n > 64) return false;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    public String id() { return id; }

    // ---- change notification

    void addWatcher(ServerWatcher w) {
        ServerWatcher[] more = Arrays.copyOf(watchers, watchers.length + 1);
        more[watchers.length] = w;
        watchers = more;
    }

    void removeWatcher(ServerWatcher w) {
        for (int i = 0; i < watchers.length; i++) {
            if (watchers[i] == w) {
                ServerWatcher[] fewer = new ServerWatcher[watchers.length - 1];
                System.arraycopy(watchers, 0, fewer, 0, i);
                System.arraycopy(watchers, i + 1, fewer, i, fewer.length - i);
                watchers = fewer;
                return;
            }
        }
    }

    /**
     * False while a server is being read or built: its setters then skip boxing and comparing
     * the old and new value, which keeps loading a big plan cheap (and its compiled code small).
     */
    private boolean watched() { return watchers.length > 0; }

    private void changed(String property, Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) return;
        for (ServerWatcher w : watchers) w.changed(this, property, oldValue, newValue);
    }

    // ---- settings

    private String name = ServerSettings.NAME.defaultValue();

    public String getName() { return name; }
    public void setName(String v) {
        String old = name;
        name = v;
        if (watched()) changed(NAME, old, v);
    }

    private WsusVersion wsusVersion = ServerSettings.VERSION.defaultValue();

    public WsusVersion getWsusVersion() { return wsusVersion; }
    public void setWsusVersion(WsusVersion v) {
        Objects.requireNonNull(v);
        WsusVersion old = wsusVersion;
        wsusVersion = v;
        if (watched()) changed(VERSION, old, v);
    }

    private String site = ServerSettings.SITE.defaultValue();

    public String getSite() { return site; }
    public void setSite(String v) {
        String old = site;
        site = v;
        if (watched()) changed(SITE, old, v);
    }

    private int clients = ServerSettings.CLIENTS.defaultValue();

    public int getClients() { return clients; }
    public void setClients(int v) {
        int old = clients;
        clients = v;
        if (watched()) changed(CLIENTS, old, v);
    }

    private int httpPort = ServerSettings.HTTP_PORT.defaultValue();

    public int getHttpPort() { return httpPort; }
    public void setHttpPort(int v) {
        int old = httpPort;
        httpPort = v;
        if (watched()) changed(HTTP_PORT, old, v);
    }

    private int httpsPort = ServerSettings.HTTPS_PORT.defaultValue();

    public int getHttpsPort() { return httpsPort; }
    public void setHttpsPort(int v) {
        int old = httpsPort;
        httpsPort = v;
        if (watched()) changed(HTTPS_PORT, old, v);
    }

    /** The server's own port for the given protocol. */
    public int listeningPort(boolean ssl) { return ssl ? getHttpsPort() : getHttpPort(); }

    private boolean requireSsl = ServerSettings.REQUIRE_SSL.defaultValue();

    public boolean isRequireSsl() { return requireSsl; }
    public void setRequireSsl(boolean v) {
        boolean old = requireSsl;
        requireSsl = v;
        if (watched()) changed(REQUIRE_SSL, old, v);
    }

    private boolean syncFromUpstream = ServerSettings.SYNC_FROM_UPSTREAM.defaultValue();

    /** True for "Synchronize from another Windows Server Update Services server". */
    public boolean isSyncFromUpstream() { return syncFromUpstream; }
    public void setSyncFromUpstream(boolean v) {
        boolean old = syncFromUpstream;
        syncFromUpstream = v;
        if (watched()) changed(SYNC_FROM_UPSTREAM, old, v);
    }

    private String upstreamId = ServerSettings.UPSTREAM_ID.defaultValue();

    /** Kept while the server syncs from Microsoft Update, so toggling the source back restores it. */
    public String getUpstreamId() { return upstreamId; }
    public void setUpstreamId(String v) {
        String old = upstreamId;
        upstreamId = v;
        if (watched()) changed(UPSTREAM_ID, old, v);
    }

    /** The upstream id this server really syncs from, or null for a Microsoft Update root. */
    public String effectiveUpstreamId() { return isSyncFromUpstream() ? getUpstreamId() : null; }

    private Integer sourcePort = ServerSettings.SOURCE_PORT.defaultValue();

    public Integer getSourcePort() { return sourcePort; }
    public void setSourcePort(Integer v) {
        Integer old = sourcePort;
        sourcePort = v;
        if (watched()) changed(SOURCE_PORT, old, v);
    }

    private boolean useSsl = ServerSettings.USE_SSL.defaultValue();

    public boolean isUseSsl() { return useSsl; }
    public void setUseSsl(boolean v) {
        boolean old = useSsl;
        useSsl = v;
        if (watched()) changed(USE_SSL, old, v);
    }

    private boolean replica = ServerSettings.REPLICA.defaultValue();

    public boolean isReplica() { return replica; }
    public void setReplica(boolean v) {
        boolean old = replica;
        replica = v;
        if (watched()) changed(REPLICA, old, v);
    }

    private ProxySettings proxy = ServerSettings.PROXY.defaultValue();

    public ProxySettings getProxy() { return proxy; }
    public void setProxy(ProxySettings v) {
        Objects.requireNonNull(v);
        ProxySettings old = proxy;
        proxy = v;
        if (watched()) changed(PROXY, old, v);
    }

    private LanguageSelection languages = ServerSettings.LANGUAGES.defaultValue();

    public LanguageSelection getLanguages() { return languages; }
    public void setLanguages(LanguageSelection v) {
        Objects.requireNonNull(v);
        LanguageSelection old = languages;
        languages = v;
        if (watched()) changed(LANGUAGES, old, v);
    }

    private SyncSchedule sync = ServerSettings.SYNC.defaultValue();

    public SyncSchedule getSync() { return sync; }
    public void setSync(SyncSchedule v) {
        Objects.requireNonNull(v);
        SyncSchedule old = sync;
        sync = v;
        if (watched()) changed(SYNC, old, v);
    }

    private String notes = ServerSettings.NOTES.defaultValue();

    public String getNotes() { return notes; }
    public void setNotes(String v) {
        String old = notes;
        notes = v;
        if (watched()) changed(NOTES, old, v);
    }

    private Position position = ServerSettings.POSITION.defaultValue();

    public Position getPosition() { return position; }
    public void setPosition(Position v) {
        Position old = position;
        position = v;
        if (watched()) changed(POSITION, old, v);
    }

    private boolean pinned = ServerSettings.PINNED.defaultValue();

    /** A pinned server was placed by hand; the tidy-tree layout leaves it where it is. */
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean v) {
        boolean old = pinned;
        pinned = v;
        if (watched()) changed(PINNED, old, v);
    }

    /**
     * The on/off settings that only {@link ServerSettings} names (the update files settings), one
     * bit each: such a setting is one entry of the table, with no field or accessor here.
     */
    private int flags = ServerSettings.DEFAULT_FLAGS;

    boolean flag(int bit) { return (flags & (1 << bit)) != 0; }

    void setFlag(int bit, boolean v, String property) {
        boolean old = flag(bit);
        flags = v ? flags | (1 << bit) : flags & ~(1 << bit);
        if (watched()) changed(property, old, v);
    }

    private Observed observed;

    /** What the collector saw on the live server, or null for a planned server; never changed by an edit. */
    public Observed getObserved() { return observed; }
    public void setObserved(Observed v) { observed = v; }

    /** Members of the file this version does not know, read-only; empty for most servers. */
    public Map<String, String> unknownMembers() {
        return unknownMembers == null ? Map.of() : Collections.unmodifiableMap(unknownMembers);
    }

    /** Replaces the members this version does not know (as read from a file). */
    public void setUnknownMembers(Map<String, String> members) {
        unknownMembers = members.isEmpty() ? null : new LinkedHashMap<>(members);
    }

    private boolean hasUnknownMembers() { return unknownMembers != null && !unknownMembers.isEmpty(); }

    /** Copies every setting of {@code source} except the id. */
    public void copySettingsFrom(Server source) {
        for (ServerProperty<?> p : ServerSettings.ALL) p.copy(source, this);
        setObserved(source.getObserved());
        setUnknownMembers(source.unknownMembers());
    }

    public Server copyWithId(String newId) {
        Server copy = new Server(newId);
        copy.copySettingsFrom(this);
        return copy;
    }

    /** True when every setting equals {@code other}'s (ids included). */
    public boolean sameAs(Server o) {
        if (!id.equals(o.id) || !Objects.equals(getObserved(), o.getObserved())) return false;
        for (ServerProperty<?> p : ServerSettings.ALL) if (!p.same(this, o)) return false;
        return hasUnknownMembers() ? unknownMembers.equals(o.unknownMembers) : !o.hasUnknownMembers();
    }

    /** A short name for messages: the host name, or the id when the name is empty. */
    public String label() {
        String n = getName();
        return n == null || n.isBlank() ? id : n;
    }

    @Override public String toString() { return id + " (" + getName() + ")"; }
}
