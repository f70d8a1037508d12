package net.wsustopology.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Position;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.Topology;

/**
 * Writes a plan in the stable shape of SPEC section 1: keys in a fixed order, every setting
 * explicit, 2-space indent, LF, unknown members after the known ones, never a proxy password.
 */
final class TopologyWriter {
    private static final String[] PLAN_NESTED = {"limits."};
    private static final String[] SERVER_NESTED = {"ports.", "updateSource.", "proxy.", "languages.", "sync.", "position."};

    private static final FormattingStyle PRETTY = FormattingStyle.PRETTY.withIndent("  ").withNewline("\n");
    // settings groups stay on one line each, as in SPEC's example: a change diffs as one line
    private static final FormattingStyle ONE_LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private final JsonWriter out;
    private final Topology topology;

    private TopologyWriter(Writer writer, Topology topology) {
        this.out = new JsonWriter(writer);
        this.out.setFormattingStyle(PRETTY);
        this.out.setHtmlSafe(false);
        this.topology = topology;
    }

    static void write(Topology topology, Writer writer) throws IOException {
        new TopologyWriter(writer, topology).writeDocument();
        writer.write('\n');
        writer.flush();
    }

    private void writeDocument() throws IOException {
        Topology t = topology;
        out.beginObject();
        out.name("format").value(TopologyReader.FORMAT);
        out.name("formatVersion").value(Migrations.CURRENT_VERSION);
        out.name("name").value(t.getName());
        out.name("description").value(t.getDescription());
        Limits limits = t.getLimits();
        beginGroup("limits");
        out.name("maxDownstreamServers").value(limits.maxDownstreamServers());
        out.name("recommendedMaxTiers").value(limits.recommendedMaxTiers());
        out.name("maxTiers").value(limits.maxTiers());
        writeUnknown(t.unknownMembers(), "limits.");
        endGroup();
        out.name("servers").beginArray();
        for (Server s : t.servers()) writeServer(s);
        out.endArray();
        writeOwnUnknown(t.unknownMembers(), PLAN_NESTED);
        out.endObject();
    }

    private void writeServer(Server s) throws IOException {
        Map<String, String> unknown = s.unknownMembers();
        out.beginObject();
        out.name("id").value(s.id());
        out.name("name").value(s.getName());
        out.name("wsusVersion").value(s.getWsusVersion().code());
        out.name("site").value(s.getSite());
        out.name("clients").value(s.getClients());
        beginGroup("ports");
        out.name("http").value(s.getHttpPort());
        out.name("https").value(s.getHttpsPort());
        out.name("requireSsl").value(s.isRequireSsl());
        writeUnknown(unknown, "ports.");
        endGroup();
        writeUpdateSource(s);
        writeProxy(s.getProxy(), unknown);
        LanguageSelection languages = s.getLanguages();
        beginGroup("languages");
        out.name("all").value(languages.all());
        out.name("codes").beginArray();
        for (String code : languages.codes()) out.value(code);
        out.endArray();
        writeUnknown(unknown, "languages.");
        endGroup();
        SyncSchedule sync = s.getSync();
        beginGroup("sync");
        out.name("automatic").value(sync.automatic());
        out.name("firstSyncUtc").value(sync.firstSyncUtc());
        out.name("perDay").value(sync.perDay());
        writeUnknown(unknown, "sync.");
        endGroup();
        out.name("notes").value(s.getNotes());
        writePosition(s, unknown);
        if (s.getObserved() != null) {
            beginGroup("observed");
            ObservedIo.write(s.getObserved(), out);
            endGroup();
        }
        writeOwnUnknown(unknown, SERVER_NESTED);
        out.endObject();
    }

    private void writeUpdateSource(Server s) throws IOException {
        beginGroup("updateSource");
        if (s.isSyncFromUpstream()) {
            out.name("from").value(ServerReader.UPSTREAM);
            if (s.getUpstreamId() != null) out.name("upstream").value(s.getUpstreamId());
            Integer port = topology.sourcePort(s);
            if (port != null) out.name("port").value(port);
            out.name("useSsl").value(s.isUseSsl());
            out.name("replica").value(s.isReplica());
        } else {
            // a root remembers its last upstream settings (the console keeps them too) and may be a misconfigured replica
            out.name("from").value(ServerReader.MICROSOFT_UPDATE);
            if (s.getUpstreamId() != null) out.name("upstream").value(s.getUpstreamId());
            if (s.getSourcePort() != null) out.name("port").value(s.getSourcePort());
            if (s.isUseSsl()) out.name("useSsl").value(true);
            if (s.isReplica()) out.name("replica").value(true);
        }
        writeUnknown(s.unknownMembers(), "updateSource.");
        endGroup();
    }

    private void writeProxy(ProxySettings p, Map<String, String> unknown) throws IOException {
        beginGroup("proxy");
        out.name("enabled").value(p.enabled());
        out.name("server").value(p.server());
        out.name("port").value(p.port());
        out.name("useCredentials").value(p.useCredentials());
        out.name("user").value(p.user());
        out.name("domain").value(p.domain());
        out.name("allowBasicAuth").value(p.allowBasicAuth());
        writeUnknown(unknown, "proxy.");
        endGroup();
    }

    private void writePosition(Server s, Map<String, String> unknown) throws IOException {
        Position p = s.getPosition();
        if (p == null) return;
        beginGroup("position");
        writeCoordinate("x", p.x());
        writeCoordinate("y", p.y());
        if (s.isPinned()) out.name("pinned").value(true);
        writeUnknown(unknown, "position.");
        endGroup();
    }

    private void beginGroup(String name) throws IOException {
        out.name(name).beginObject();
        out.setFormattingStyle(ONE_LINE);
    }

    private void endGroup() throws IOException {
        out.endObject();
        out.setFormattingStyle(PRETTY);
    }

    private void writeCoordinate(String name, double value) throws IOException {
        out.name(name);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) out.value((long) value);
        else out.value(value);
    }

    /** Unknown members of a nested object, stored under "prefix.member". */
    private void writeUnknown(Map<String, String> unknown, String prefix) throws IOException {
        if (unknown.isEmpty()) return;
        for (Map.Entry<String, String> e : unknown.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            out.name(e.getKey().substring(prefix.length()));
            RawJson.write(e.getValue(), out);
        }
    }

    /** Unknown members of the object itself: those not stored under one of its nested objects' prefixes. */
    private void writeOwnUnknown(Map<String, String> unknown, String[] nestedPrefixes) throws IOException {
        if (unknown.isEmpty()) return;
        for (Map.Entry<String, String> e : unknown.entrySet()) {
            if (startsWithAny(e.getKey(), nestedPrefixes)) continue;
            out.name(e.getKey());
            RawJson.write(e.getValue(), out);
        }
    }

    private static boolean startsWithAny(String key, String[] prefixes) {
        for (String p : prefixes) if (key.startsWith(p)) return true;
        return false;
    }
}
