package net.wsustopology.io;

import java.util.ArrayList;
import java.util.List;
import com.google.gson.stream.JsonToken;
import net.wsustopology.model.Position;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.WsusVersion;

/** Reads one server object of the {@code servers} list (SPEC section 1) into a {@link ServerDraft}. */
final class ServerReader {
    static final String MICROSOFT_UPDATE = ServerSettings.FROM_MICROSOFT_UPDATE;
    static final String UPSTREAM = ServerSettings.FROM_UPSTREAM;
    private static final String VERSIONS = "\"3.0-SP2\", \"6.2\", \"6.3\" or \"10.0\"";

    private final JsonInput in;
    // reused for every server: a server's groups (ports, proxy...) never nest in one another
    private final MemberNames serverMembers = new MemberNames();
    private final MemberNames groupMembers = new MemberNames();

    ServerReader(JsonInput in) { this.in = in; }

    /** Reads {@code $.servers[index]}. */
    ServerDraft read(int index) throws FormatException {
        in.beginObject("a server (an object with an \"id\")");
        ServerDraft d = new ServerDraft();
        MemberNames seen = serverMembers.clear();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "id" -> d.id = readId();
                case "name" -> d.name = in.nextString();
                case "wsusVersion" -> d.version = readVersion();
                case "site" -> d.site = in.nextString();
                case "clients" -> d.clients = in.nextInt();
                case "ports" -> readPorts(d);
                case "updateSource" -> readUpdateSource(d);
                case "proxy" -> readProxy(d);
                case "languages" -> readLanguages(d);
                case "sync" -> readSync(d);
                case "notes" -> d.notes = in.nextString();
                case "position" -> readPosition(d);
                case "observed" -> d.observed = ObservedIo.read(in, groupMembers.clear());
                default -> d.unknown(member, in.nextRaw());
            }
        }
        in.endObject();
        if (d.id == null) throw in.errorIn("$.servers[" + index + "]", "expected the server to have an \"id\" member, but it has none");
        return d;
    }

    private String readId() throws FormatException {
        String id = in.nextString();
        if (!Server.isValidId(id)) {
            throw in.error("expected an id of 1-64 letters, digits, '.', '_' or '-' but found " + JsonInput.quote(id));
        }
        return id;
    }

    private WsusVersion readVersion() throws FormatException {
        String code = in.nextString();
        return WsusVersion.fromCode(code).orElseThrow(
                () -> in.error("expected a WSUS version " + VERSIONS + " but found " + JsonInput.quote(code)));
    }

    private void readPorts(ServerDraft d) throws FormatException {
        in.beginObject("an object with the server's ports");
        MemberNames seen = groupMembers.clear();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "http" -> d.httpPort = in.nextInt();
                case "https" -> d.httpsPort = in.nextInt();
                case "requireSsl" -> d.requireSsl = in.nextBoolean();
                default -> d.unknown("ports." + member, in.nextRaw());
            }
        }
        in.endObject();
    }

    private void readUpdateSource(ServerDraft d) throws FormatException {
        in.beginObject("an object describing the update source");
        MemberNames seen = groupMembers.clear();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "from" -> d.fromUpstream = readFrom();
                case "upstream" -> d.upstreamId = in.nextString();
                case "port" -> d.sourcePort = in.nextInt();
                case "useSsl" -> d.useSsl = in.nextBoolean();
                case "replica" -> d.replica = in.nextBoolean();
                default -> d.unknown("updateSource." + member, in.nextRaw());
            }
        }
        in.endObject();
    }

    private boolean readFrom() throws FormatException {
        String from = in.nextString();
        if (from.equals(UPSTREAM)) return true;
        if (from.equals(MICROSOFT_UPDATE)) return false;
        throw in.error("expected \"microsoft-update\" or \"upstream\" but found " + JsonInput.quote(from));
    }

    private void readProxy(ServerDraft d) throws FormatException {
        in.beginObject("an object with the proxy settings");
        MemberNames seen = groupMembers.clear();
        ProxySettings none = ServerSettings.PROXY.defaultValue();
        boolean enabled = none.enabled();
        String server = none.server();
        int port = none.port();
        boolean useCredentials = none.useCredentials();
        String user = none.user();
        String domain = none.domain();
        boolean allowBasicAuth = none.allowBasicAuth();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "enabled" -> enabled = in.nextBoolean();
                case "server" -> server = in.nextString();
                case "port" -> port = in.nextInt();
                case "useCredentials" -> useCredentials = in.nextBoolean();
                case "user" -> user = in.nextString();
                case "domain" -> domain = in.nextString();
                case "allowBasicAuth" -> allowBasicAuth = in.nextBoolean();
                // a password must never be stored in a plan: it is read past and dropped
                case "password" -> in.nextRaw();
                default -> d.unknown("proxy." + member, in.nextRaw());
            }
        }
        in.endObject();
        d.proxy = new ProxySettings(enabled, server, port, useCredentials, user, domain, allowBasicAuth);
    }

    private void readLanguages(ServerDraft d) throws FormatException {
        in.beginObject("an object with \"all\" and \"codes\"");
        MemberNames seen = groupMembers.clear();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "all" -> d.allLanguages = in.nextBoolean();
                case "codes" -> d.languageCodes = readCodes();
                default -> d.unknown("languages." + member, in.nextRaw());
            }
        }
        in.endObject();
    }

    private List<String> readCodes() throws FormatException {
        in.beginArray("a list of language codes such as [\"en\", \"de\"]");
        List<String> codes = new ArrayList<>();
        while (in.hasNext()) {
            if (in.peek() != JsonToken.STRING) throw in.unexpected("a language code in quotes");
            codes.add(in.nextString());
        }
        in.endArray();
        return codes;
    }

    private void readSync(ServerDraft d) throws FormatException {
        in.beginObject("an object with the synchronization schedule");
        MemberNames seen = groupMembers.clear();
        SyncSchedule manual = ServerSettings.SYNC.defaultValue();
        boolean automatic = manual.automatic();
        String firstSyncUtc = manual.firstSyncUtc();
        int perDay = manual.perDay();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "automatic" -> automatic = in.nextBoolean();
                case "firstSyncUtc" -> firstSyncUtc = in.nextString();
                case "perDay" -> perDay = in.nextInt();
                default -> d.unknown("sync." + member, in.nextRaw());
            }
        }
        in.endObject();
        d.sync = new SyncSchedule(automatic, firstSyncUtc, perDay);
    }

    private void readPosition(ServerDraft d) throws FormatException {
        in.beginObject("an object with \"x\" and \"y\"");
        MemberNames seen = groupMembers.clear();
        Double x = null;
        Double y = null;
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "x" -> x = in.nextDouble();
                case "y" -> y = in.nextDouble();
                case "pinned" -> d.pinned = in.nextBoolean();
                default -> d.unknown("position." + member, in.nextRaw());
            }
        }
        in.endObject();
        if (x == null || y == null) throw in.error("expected a position with both \"x\" and \"y\"");
        d.position = new Position(x, y);
    }
}
