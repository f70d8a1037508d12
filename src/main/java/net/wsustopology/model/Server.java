package net.wsustopology.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One WSUS server of a plan. Every setting is a javafx.beans property whose bean is this
 * server and whose name is one of the constants below, so one listener can watch them all.
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

    private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String id;
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final ObjectProperty<WsusVersion> wsusVersion = new SimpleObjectProperty<>(this, VERSION, WsusVersion.V10);
    private final StringProperty site = new SimpleStringProperty(this, SITE, "");
    private final IntegerProperty clients = new SimpleIntegerProperty(this, CLIENTS, 0);
    private final IntegerProperty httpPort = new SimpleIntegerProperty(this, HTTP_PORT, 8530);
    private final IntegerProperty httpsPort = new SimpleIntegerProperty(this, HTTPS_PORT, 8531);
    private final BooleanProperty requireSsl = new SimpleBooleanProperty(this, REQUIRE_SSL, false);
    private final BooleanProperty syncFromUpstream = new SimpleBooleanProperty(this, SYNC_FROM_UPSTREAM, false);
    private final StringProperty upstreamId = new SimpleStringProperty(this, UPSTREAM_ID, null);
    private final ObjectProperty<Integer> sourcePort = new SimpleObjectProperty<>(this, SOURCE_PORT, null);
    private final BooleanProperty useSsl = new SimpleBooleanProperty(this, USE_SSL, false);
    private final BooleanProperty replica = new SimpleBooleanProperty(this, REPLICA, false);
    private final ObjectProperty<ProxySettings> proxy = new SimpleObjectProperty<>(this, PROXY, ProxySettings.NONE);
    private final ObjectProperty<LanguageSelection> languages = new SimpleObjectProperty<>(this, LANGUAGES, LanguageSelection.ENGLISH);
    private final ObjectProperty<SyncSchedule> sync = new SimpleObjectProperty<>(this, SYNC, SyncSchedule.MANUAL);
    private final StringProperty notes = new SimpleStringProperty(this, NOTES, "");
    private final ObjectProperty<Position> position = new SimpleObjectProperty<>(this, POSITION, null);
    private final BooleanProperty pinned = new SimpleBooleanProperty(this, PINNED, false);
    /** Members of the file this version does not know, as raw JSON by dotted path; written back on save. */
    private final Map<String, String> unknownMembers = new LinkedHashMap<>();

    public Server(String id) {
        if (!isValidId(id)) throw new IllegalArgumentException("invalid server id: " + id);
        this.id = id;
    }

    public static boolean isValidId(String id) { return id != null && ID_PATTERN.matcher(id).matches(); }

    public String id() { return id; }

    public StringProperty nameProperty() { return name; }
    public String getName() { return name.get(); }
    public void setName(String v) { name.set(v); }

    public ObjectProperty<WsusVersion> wsusVersionProperty() { return wsusVersion; }
    public WsusVersion getWsusVersion() { return wsusVersion.get(); }
    public void setWsusVersion(WsusVersion v) { wsusVersion.set(Objects.requireNonNull(v)); }

    public StringProperty siteProperty() { return site; }
    public String getSite() { return site.get(); }
    public void setSite(String v) { site.set(v); }

    public IntegerProperty clientsProperty() { return clients; }
    public int getClients() { return clients.get(); }
    public void setClients(int v) { clients.set(v); }

    public IntegerProperty httpPortProperty() { return httpPort; }
    public int getHttpPort() { return httpPort.get(); }
    public void setHttpPort(int v) { httpPort.set(v); }

    public IntegerProperty httpsPortProperty() { return httpsPort; }
    public int getHttpsPort() { return httpsPort.get(); }
    public void setHttpsPort(int v) { httpsPort.set(v); }

    /** The server's own port for the given protocol. */
    public int listeningPort(boolean ssl) { return ssl ? getHttpsPort() : getHttpPort(); }

    public BooleanProperty requireSslProperty() { return requireSsl; }
    public boolean isRequireSsl() { return requireSsl.get(); }
    public void setRequireSsl(boolean v) { requireSsl.set(v); }

    /** True for "Synchronize from another Windows Server Update Services server". */
    public BooleanProperty syncFromUpstreamProperty() { return syncFromUpstream; }
    public boolean isSyncFromUpstream() { return syncFromUpstream.get(); }
    public void setSyncFromUpstream(boolean v) { syncFromUpstream.set(v); }

    /** Kept while the server syncs from Microsoft Update, so toggling the source back restores it. */
    public StringProperty upstreamIdProperty() { return upstreamId; }
    public String getUpstreamId() { return upstreamId.get(); }
    public void setUpstreamId(String v) { upstreamId.set(v); }

    /** The upstream id this server really syncs from, or null for a Microsoft Update root. */
    public String effectiveUpstreamId() { return isSyncFromUpstream() ? getUpstreamId() : null; }

    public ObjectProperty<Integer> sourcePortProperty() { return sourcePort; }
    public Integer getSourcePort() { return sourcePort.get(); }
    public void setSourcePort(Integer v) { sourcePort.set(v); }

    public BooleanProperty useSslProperty() { return useSsl; }
    public boolean isUseSsl() { return useSsl.get(); }
    public void setUseSsl(boolean v) { useSsl.set(v); }

    public BooleanProperty replicaProperty() { return replica; }
    public boolean isReplica() { return replica.get(); }
    public void setReplica(boolean v) { replica.set(v); }

    public ObjectProperty<ProxySettings> proxyProperty() { return proxy; }
    public ProxySettings getProxy() { return proxy.get(); }
    public void setProxy(ProxySettings v) { proxy.set(Objects.requireNonNull(v)); }

    public ObjectProperty<LanguageSelection> languagesProperty() { return languages; }
    public LanguageSelection getLanguages() { return languages.get(); }
    public void setLanguages(LanguageSelection v) { languages.set(Objects.requireNonNull(v)); }

    public ObjectProperty<SyncSchedule> syncProperty() { return sync; }
    public SyncSchedule getSync() { return sync.get(); }
    public void setSync(SyncSchedule v) { sync.set(Objects.requireNonNull(v)); }

    public StringProperty notesProperty() { return notes; }
    public String getNotes() { return notes.get(); }
    public void setNotes(String v) { notes.set(v); }

    public ObjectProperty<Position> positionProperty() { return position; }
    public Position getPosition() { return position.get(); }
    public void setPosition(Position v) { position.set(v); }

    /** A pinned server was placed by hand; the tidy-tree layout leaves it where it is. */
    public BooleanProperty pinnedProperty() { return pinned; }
    public boolean isPinned() { return pinned.get(); }
    public void setPinned(boolean v) { pinned.set(v); }

    public Map<String, String> unknownMembers() { return unknownMembers; }

    /** Copies every setting of {@code source} except the id. */
    public void copySettingsFrom(Server source) {
        setName(source.getName());
        setWsusVersion(source.getWsusVersion());
        setSite(source.getSite());
        setClients(source.getClients());
        setHttpPort(source.getHttpPort());
        setHttpsPort(source.getHttpsPort());
        setRequireSsl(source.isRequireSsl());
        setSyncFromUpstream(source.isSyncFromUpstream());
        setUpstreamId(source.getUpstreamId());
        setSourcePort(source.getSourcePort());
        setUseSsl(source.isUseSsl());
        setReplica(source.isReplica());
        setProxy(source.getProxy());
        setLanguages(source.getLanguages());
        setSync(source.getSync());
        setNotes(source.getNotes());
        setPosition(source.getPosition());
        setPinned(source.isPinned());
        unknownMembers.clear();
        unknownMembers.putAll(source.unknownMembers());
    }

    public Server copyWithId(String newId) {
        Server copy = new Server(newId);
        copy.copySettingsFrom(this);
        return copy;
    }

    /** True when every setting equals {@code other}'s (ids included). */
    public boolean sameAs(Server o) {
        return id.equals(o.id) && Objects.equals(getName(), o.getName()) && getWsusVersion() == o.getWsusVersion()
                && Objects.equals(getSite(), o.getSite()) && getClients() == o.getClients()
                && getHttpPort() == o.getHttpPort() && getHttpsPort() == o.getHttpsPort()
                && isRequireSsl() == o.isRequireSsl() && isSyncFromUpstream() == o.isSyncFromUpstream()
                && Objects.equals(getUpstreamId(), o.getUpstreamId()) && Objects.equals(getSourcePort(), o.getSourcePort())
                && isUseSsl() == o.isUseSsl() && isReplica() == o.isReplica() && getProxy().equals(o.getProxy())
                && getLanguages().equals(o.getLanguages()) && getSync().equals(o.getSync())
                && Objects.equals(getNotes(), o.getNotes()) && Objects.equals(getPosition(), o.getPosition())
                && isPinned() == o.isPinned() && unknownMembers.equals(o.unknownMembers);
    }

    /** A short name for messages: the host name, or the id when the name is empty. */
    public String label() {
        String n = getName();
        return n == null || n.isBlank() ? id : n;
    }

    @Override public String toString() { return id + " (" + getName() + ")"; }
}
