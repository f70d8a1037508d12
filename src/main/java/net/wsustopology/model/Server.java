package net.wsustopology.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * One WSUS server of a plan. Every setting is a javafx.beans property whose bean is this
 * server and whose name is one of the constants below, so one listener can watch them all.
 * A plan holds up to 100k servers, so the property objects are made only when asked for
 * (by the editor, for the few servers it shows); the plan is told of every change either way.
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
    /**
     * The one listener every created property gets: it forwards the change to this server's
     * watchers. In a holder class, so reading and checking a plan never loads a JavaFX class.
     */
    private static final class Forwarding {
        static final ChangeListener<Object> FORWARD = (obs, oldValue, newValue) -> {
            ReadOnlyProperty<?> p = (ReadOnlyProperty<?>) obs;
            ((Server) p.getBean()).changed(p.getName(), oldValue, newValue);
        };
    }

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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <P extends ObservableValue> P forwarding(P property) {
        property.addListener(Forwarding.FORWARD);
        return property;
    }

    // ---- settings: each property object is created on first use; until then the value lives in a field

    private String nameValue = ServerSettings.NAME.defaultValue();
    private StringProperty name;

    public StringProperty nameProperty() { return name != null ? name : (name = forwarding(new SimpleStringProperty(this, NAME, nameValue))); }
    public String getName() { return name == null ? nameValue : name.get(); }
    public void setName(String v) {
        if (name != null) name.set(v);
        else { String old = nameValue; nameValue = v; if (watched()) changed(NAME, old, v); }
    }

    private WsusVersion wsusVersionValue = ServerSettings.VERSION.defaultValue();
    private ObjectProperty<WsusVersion> wsusVersion;

    public ObjectProperty<WsusVersion> wsusVersionProperty() { return wsusVersion != null ? wsusVersion : (wsusVersion = forwarding(new SimpleObjectProperty<>(this, VERSION, wsusVersionValue))); }
    public WsusVersion getWsusVersion() { return wsusVersion == null ? wsusVersionValue : wsusVersion.get(); }
    public void setWsusVersion(WsusVersion v) {
        Objects.requireNonNull(v);
        if (wsusVersion != null) wsusVersion.set(v);
        else { WsusVersion old = wsusVersionValue; wsusVersionValue = v; if (watched()) changed(VERSION, old, v); }
    }

    private String siteValue = ServerSettings.SITE.defaultValue();
    private StringProperty site;

    public StringProperty siteProperty() { return site != null ? site : (site = forwarding(new SimpleStringProperty(this, SITE, siteValue))); }
    public String getSite() { return site == null ? siteValue : site.get(); }
    public void setSite(String v) {
        if (site != null) site.set(v);
        else { String old = siteValue; siteValue = v; if (watched()) changed(SITE, old, v); }
    }

    private int clientsValue = ServerSettings.CLIENTS.defaultValue();
    private IntegerProperty clients;

    public IntegerProperty clientsProperty() { return clients != null ? clients : (clients = forwarding(new SimpleIntegerProperty(this, CLIENTS, clientsValue))); }
    public int getClients() { return clients == null ? clientsValue : clients.get(); }
    public void setClients(int v) {
        if (clients != null) clients.set(v);
        else { int old = clientsValue; clientsValue = v; if (watched()) changed(CLIENTS, old, v); }
    }

    private int httpPortValue = ServerSettings.HTTP_PORT.defaultValue();
    private IntegerProperty httpPort;

    public IntegerProperty httpPortProperty() { return httpPort != null ? httpPort : (httpPort = forwarding(new SimpleIntegerProperty(this, HTTP_PORT, httpPortValue))); }
    public int getHttpPort() { return httpPort == null ? httpPortValue : httpPort.get(); }
    public void setHttpPort(int v) {
        if (httpPort != null) httpPort.set(v);
        else { int old = httpPortValue; httpPortValue = v; if (watched()) changed(HTTP_PORT, old, v); }
    }

    private int httpsPortValue = ServerSettings.HTTPS_PORT.defaultValue();
    private IntegerProperty httpsPort;

    public IntegerProperty httpsPortProperty() { return httpsPort != null ? httpsPort : (httpsPort = forwarding(new SimpleIntegerProperty(this, HTTPS_PORT, httpsPortValue))); }
    public int getHttpsPort() { return httpsPort == null ? httpsPortValue : httpsPort.get(); }
    public void setHttpsPort(int v) {
        if (httpsPort != null) httpsPort.set(v);
        else { int old = httpsPortValue; httpsPortValue = v; if (watched()) changed(HTTPS_PORT, old, v); }
    }

    /** The server's own port for the given protocol. */
    public int listeningPort(boolean ssl) { return ssl ? getHttpsPort() : getHttpPort(); }

    /**
     * The port this server connects to on {@code upstream}: its own setting, else the upstream's
     * port for the protocol it chose (SPEC's default); null when it has none and {@code upstream} is null.
     */
    public Integer sourcePortOn(Server upstream) {
        Integer own = getSourcePort();
        if (own != null || upstream == null) return own;
        return upstream.listeningPort(isUseSsl());
    }

    private boolean requireSslValue = ServerSettings.REQUIRE_SSL.defaultValue();
    private BooleanProperty requireSsl;

    public BooleanProperty requireSslProperty() { return requireSsl != null ? requireSsl : (requireSsl = forwarding(new SimpleBooleanProperty(this, REQUIRE_SSL, requireSslValue))); }
    public boolean isRequireSsl() { return requireSsl == null ? requireSslValue : requireSsl.get(); }
    public void setRequireSsl(boolean v) {
        if (requireSsl != null) requireSsl.set(v);
        else { boolean old = requireSslValue; requireSslValue = v; if (watched()) changed(REQUIRE_SSL, old, v); }
    }

    private boolean syncFromUpstreamValue = ServerSettings.SYNC_FROM_UPSTREAM.defaultValue();
    private BooleanProperty syncFromUpstream;

    /** True for "Synchronize from another Windows Server Update Services server". */
    public BooleanProperty syncFromUpstreamProperty() { return syncFromUpstream != null ? syncFromUpstream : (syncFromUpstream = forwarding(new SimpleBooleanProperty(this, SYNC_FROM_UPSTREAM, syncFromUpstreamValue))); }
    public boolean isSyncFromUpstream() { return syncFromUpstream == null ? syncFromUpstreamValue : syncFromUpstream.get(); }
    public void setSyncFromUpstream(boolean v) {
        if (syncFromUpstream != null) syncFromUpstream.set(v);
        else { boolean old = syncFromUpstreamValue; syncFromUpstreamValue = v; if (watched()) changed(SYNC_FROM_UPSTREAM, old, v); }
    }

    private String upstreamIdValue = ServerSettings.UPSTREAM_ID.defaultValue();
    private StringProperty upstreamId;

    /** Kept while the server syncs from Microsoft Update, so toggling the source back restores it. */
    public StringProperty upstreamIdProperty() { return upstreamId != null ? upstreamId : (upstreamId = forwarding(new SimpleStringProperty(this, UPSTREAM_ID, upstreamIdValue))); }
    public String getUpstreamId() { return upstreamId == null ? upstreamIdValue : upstreamId.get(); }
    public void setUpstreamId(String v) {
        if (upstreamId != null) upstreamId.set(v);
        else { String old = upstreamIdValue; upstreamIdValue = v; if (watched()) changed(UPSTREAM_ID, old, v); }
    }

    /** The upstream id this server really syncs from, or null for a Microsoft Update root. */
    public String effectiveUpstreamId() { return isSyncFromUpstream() ? getUpstreamId() : null; }

    private Integer sourcePortValue = ServerSettings.SOURCE_PORT.defaultValue();
    private ObjectProperty<Integer> sourcePort;

    public ObjectProperty<Integer> sourcePortProperty() { return sourcePort != null ? sourcePort : (sourcePort = forwarding(new SimpleObjectProperty<>(this, SOURCE_PORT, sourcePortValue))); }
    public Integer getSourcePort() { return sourcePort == null ? sourcePortValue : sourcePort.get(); }
    public void setSourcePort(Integer v) {
        if (sourcePort != null) sourcePort.set(v);
        else { Integer old = sourcePortValue; sourcePortValue = v; if (watched()) changed(SOURCE_PORT, old, v); }
    }

    private boolean useSslValue = ServerSettings.USE_SSL.defaultValue();
    private BooleanProperty useSsl;

    public BooleanProperty useSslProperty() { return useSsl != null ? useSsl : (useSsl = forwarding(new SimpleBooleanProperty(this, USE_SSL, useSslValue))); }
    public boolean isUseSsl() { return useSsl == null ? useSslValue : useSsl.get(); }
    public void setUseSsl(boolean v) {
        if (useSsl != null) useSsl.set(v);
        else { boolean old = useSslValue; useSslValue = v; if (watched()) changed(USE_SSL, old, v); }
    }

    private boolean replicaValue = ServerSettings.REPLICA.defaultValue();
    private BooleanProperty replica;

    public BooleanProperty replicaProperty() { return replica != null ? replica : (replica = forwarding(new SimpleBooleanProperty(this, REPLICA, replicaValue))); }
    public boolean isReplica() { return replica == null ? replicaValue : replica.get(); }
    public void setReplica(boolean v) {
        if (replica != null) replica.set(v);
        else { boolean old = replicaValue; replicaValue = v; if (watched()) changed(REPLICA, old, v); }
    }

    private ProxySettings proxyValue = ServerSettings.PROXY.defaultValue();
    private ObjectProperty<ProxySettings> proxy;

    public ObjectProperty<ProxySettings> proxyProperty() { return proxy != null ? proxy : (proxy = forwarding(new SimpleObjectProperty<>(this, PROXY, proxyValue))); }
    public ProxySettings getProxy() { return proxy == null ? proxyValue : proxy.get(); }
    public void setProxy(ProxySettings v) {
        Objects.requireNonNull(v);
        if (proxy != null) proxy.set(v);
        else { ProxySettings old = proxyValue; proxyValue = v; if (watched()) changed(PROXY, old, v); }
    }

    private LanguageSelection languagesValue = ServerSettings.LANGUAGES.defaultValue();
    private ObjectProperty<LanguageSelection> languages;

    public ObjectProperty<LanguageSelection> languagesProperty() { return languages != null ? languages : (languages = forwarding(new SimpleObjectProperty<>(this, LANGUAGES, languagesValue))); }
    public LanguageSelection getLanguages() { return languages == null ? languagesValue : languages.get(); }
    public void setLanguages(LanguageSelection v) {
        Objects.requireNonNull(v);
        if (languages != null) languages.set(v);
        else { LanguageSelection old = languagesValue; languagesValue = v; if (watched()) changed(LANGUAGES, old, v); }
    }

    private SyncSchedule syncValue = ServerSettings.SYNC.defaultValue();
    private ObjectProperty<SyncSchedule> sync;

    public ObjectProperty<SyncSchedule> syncProperty() { return sync != null ? sync : (sync = forwarding(new SimpleObjectProperty<>(this, SYNC, syncValue))); }
    public SyncSchedule getSync() { return sync == null ? syncValue : sync.get(); }
    public void setSync(SyncSchedule v) {
        Objects.requireNonNull(v);
        if (sync != null) sync.set(v);
        else { SyncSchedule old = syncValue; syncValue = v; if (watched()) changed(SYNC, old, v); }
    }

    private String notesValue = ServerSettings.NOTES.defaultValue();
    private StringProperty notes;

    public StringProperty notesProperty() { return notes != null ? notes : (notes = forwarding(new SimpleStringProperty(this, NOTES, notesValue))); }
    public String getNotes() { return notes == null ? notesValue : notes.get(); }
    public void setNotes(String v) {
        if (notes != null) notes.set(v);
        else { String old = notesValue; notesValue = v; if (watched()) changed(NOTES, old, v); }
    }

    private Position positionValue = ServerSettings.POSITION.defaultValue();
    private ObjectProperty<Position> position;

    public ObjectProperty<Position> positionProperty() { return position != null ? position : (position = forwarding(new SimpleObjectProperty<>(this, POSITION, positionValue))); }
    public Position getPosition() { return position == null ? positionValue : position.get(); }
    public void setPosition(Position v) {
        if (position != null) position.set(v);
        else { Position old = positionValue; positionValue = v; if (watched()) changed(POSITION, old, v); }
    }

    private boolean pinnedValue = ServerSettings.PINNED.defaultValue();
    private BooleanProperty pinned;

    /** A pinned server was placed by hand; the tidy-tree layout leaves it where it is. */
    public BooleanProperty pinnedProperty() { return pinned != null ? pinned : (pinned = forwarding(new SimpleBooleanProperty(this, PINNED, pinnedValue))); }
    public boolean isPinned() { return pinned == null ? pinnedValue : pinned.get(); }
    public void setPinned(boolean v) {
        if (pinned != null) pinned.set(v);
        else { boolean old = pinnedValue; pinnedValue = v; if (watched()) changed(PINNED, old, v); }
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
