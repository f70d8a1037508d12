package net.wsustopology.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Position;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.WsusVersion;

/**
 * One server as read from the file, members the file leaves out at their {@link ServerSettings}
 * defaults, before defaults that depend on other members (ports by
 * version) or other servers (the update source's port) are resolved.
 */
final class ServerDraft {
    String id;
    String name = ServerSettings.NAME.defaultValue();
    WsusVersion version = ServerSettings.VERSION.defaultValue();
    String site = ServerSettings.SITE.defaultValue();
    int clients = ServerSettings.CLIENTS.defaultValue();
    Integer httpPort;
    Integer httpsPort;
    boolean requireSsl;
    boolean fromUpstream;
    String upstreamId;
    Integer sourcePort;
    boolean useSsl;
    boolean replica;
    ProxySettings proxy = ServerSettings.PROXY.defaultValue();
    boolean allLanguages = ServerSettings.LANGUAGES.defaultValue().all();
    List<String> languageCodes = ServerSettings.LANGUAGES.defaultValue().codes();
    SyncSchedule sync = ServerSettings.SYNC.defaultValue();
    String notes = ServerSettings.NOTES.defaultValue();
    Position position;
    boolean pinned;
    Observed observed;
    /** Members this version does not know, by dotted path; made only for a server that has some. */
    private Map<String, String> unknownMembers;

    void unknown(String path, String rawJson) {
        if (unknownMembers == null) unknownMembers = new LinkedHashMap<>();
        unknownMembers.put(path, rawJson);
    }

    Server toServer(SharedValues shared) {
        Server s = new Server(id);
        s.setName(name);
        s.setWsusVersion(version);
        s.setSite(site);
        s.setClients(clients);
        s.setHttpPort(httpPort != null ? httpPort : version.defaultHttpPort());
        s.setHttpsPort(httpsPort != null ? httpsPort : version.defaultHttpsPort());
        s.setRequireSsl(requireSsl);
        s.setSyncFromUpstream(fromUpstream);
        s.setUpstreamId(upstreamId);
        s.setSourcePort(shared.share(sourcePort));
        s.setUseSsl(useSsl);
        s.setReplica(replica);
        s.setProxy(shared.share(proxy));
        s.setLanguages(shared.languages(allLanguages, languageCodes));
        s.setSync(shared.share(sync));
        s.setNotes(notes);
        s.setPosition(position);
        s.setPinned(pinned);
        s.setObserved(observed);
        if (unknownMembers != null) s.setUnknownMembers(unknownMembers);
        return s;
    }
}
