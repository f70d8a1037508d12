package net.wsustopology.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Setting;
import net.wsustopology.model.Topology;

/**
 * Writes a plan in the stable shape of SPEC section 1: keys in a fixed order, every setting
 * explicit, 2-space indent, LF, unknown members after the known ones, never a proxy password.
 */
final class TopologyWriter {
    private static final String[] PLAN_NESTED = {"limits."};
    /** The prefixes of unknown members stored under a group of a server object. */
    private static final String[] SERVER_NESTED = FileLayout.ENTRIES.stream().filter(FileLayout.Entry::group)
            .map(e -> e.name() + ".").toArray(String[]::new);

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
        for (FileLayout.Entry entry : FileLayout.ENTRIES) {
            if (!entry.group()) {
                writeValue(entry.settings().get(0), s);
                continue;
            }
            switch (entry.name()) {
                case FileLayout.LANGUAGES -> writeLanguages(s.getLanguages(), unknown);
                case FileLayout.POSITION -> writePosition(s, unknown);
                default -> {
                    beginGroup(entry.name());
                    if (entry.name().equals(FileLayout.UPDATE_SOURCE)) writeUpdateSource(s);
                    else for (Setting setting : entry.settings()) writeValue(setting, s);
                    writeUnknown(unknown, entry.name() + ".");
                    endGroup();
                }
            }
        }
        if (s.getObserved() != null) {
            beginGroup("observed");
            ObservedIo.write(s.getObserved(), out);
            endGroup();
        }
        writeOwnUnknown(unknown, SERVER_NESTED);
        out.endObject();
    }

    /** A setting under its member name, as its type says; an absent value (null) is left out. */
    private void writeValue(Setting setting, Server s) throws IOException {
        Object value = setting.get(s);
        if (value == null) return;
        out.name(setting.member());
        if (value instanceof Boolean b) out.value(b);
        else if (value instanceof Number n) out.value(n);
        else out.value(value.toString());
    }

    private void writeLanguages(LanguageSelection languages, Map<String, String> unknown) throws IOException {
        beginGroup(FileLayout.LANGUAGES);
        out.name("all").value(languages.all());
        out.name("codes").beginArray();
        for (String code : languages.codes()) out.value(code);
        out.endArray();
        writeUnknown(unknown, "languages.");
        endGroup();
    }

    private void writeUpdateSource(Server s) throws IOException {
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
