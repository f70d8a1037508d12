package net.wsustopology.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * Streams a topology file (SPEC section 1) into a {@link Topology}. A file of an older format
 * version is read into a tree, migrated, and streamed again.
 */
final class TopologyReader {
    static final String FORMAT = "wsus-topology";

    private final Migrations migrations;

    TopologyReader(Migrations migrations) { this.migrations = migrations; }

    /** Signals that the text is of an older version and must be migrated before it is read. */
    private static final class OlderVersion extends RuntimeException {
        final int version;
        OlderVersion(int version) { super(null, null, false, false); this.version = version; }
    }

    Topology read(PlanText text, String fileName) throws FormatException, IOException {
        try (Reader reader = text.open()) {
            return read(text, reader, fileName);
        }
    }

    private Topology read(PlanText text, Reader reader, String fileName) throws FormatException {
        JsonInput in = new JsonInput(reader, text, fileName, true);
        try {
            return readDocument(in);
        } catch (OlderVersion older) {
            return readMigrated(text.asString(), fileName, older.version);
        } catch (FormatException e) {
            if ("$.formatVersion".equals(e.jsonPath())) throw e;
            // a member this version cannot read may come before a newer or older formatVersion
            Integer version = VersionProbe.find(text);
            if (version == null || version == Migrations.CURRENT_VERSION) throw e;
            if (version > Migrations.CURRENT_VERSION) throw newerVersion(in, null, version);
            return readMigrated(text.asString(), fileName, version);
        }
    }

    private Topology readMigrated(String text, String fileName, int version) throws FormatException {
        if (!migrations.canMigrate(version)) {
            throw new FormatException(fileName, 0, 0, "$.formatVersion", "format version " + version
                    + " is older than any this tool can convert (it reads versions up to " + Migrations.CURRENT_VERSION + ")");
        }
        JsonObject document;
        try {
            JsonReader tree = new JsonReader(new StringReader(text));
            tree.setStrictness(Strictness.STRICT);
            document = JsonParser.parseReader(tree).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new FormatException(fileName, 0, 0, "$", "expected valid JSON of format version " + version);
        }
        JsonObject migrated;
        try {
            migrated = migrations.migrate(document, version);
        } catch (RuntimeException e) {
            // a migration meets a file whose shape its version never allowed
            throw new FormatException(fileName, 0, 0, "$", "cannot convert this plan from format version " + version
                    + ": " + JsonInput.shorten(String.valueOf(e.getMessage())));
        }
        JsonInput again = new JsonInput(new StringReader(migrated.toString()), null, fileName + " (after converting from format version " + version + ")", false);
        return readDocument(again);
    }

    private Topology readDocument(JsonInput in) throws FormatException {
        JsonInput.Location start = in.location();
        in.beginObject("a JSON object (a WSUS topology plan)");
        Topology t = new Topology();
        MemberNames seen = new MemberNames();
        boolean formatSeen = false;
        boolean versionSeen = false;
        List<Server> servers = null;
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "format" -> { readFormat(in); formatSeen = true; }
                case "formatVersion" -> { readVersion(in); versionSeen = true; }
                case "name" -> t.setName(in.nextString());
                case "description" -> t.setDescription(in.nextString());
                case "limits" -> t.setLimits(readLimits(in, t.unknownMembers()));
                case "servers" -> servers = readServers(in, t);
                default -> t.unknownMembers().put(member, in.nextRaw());
            }
        }
        in.endObject();
        in.expectEndOfDocument();
        if (!formatSeen) throw in.error(start, "expected a \"format\": \"" + FORMAT + "\" member; this is not a WSUS topology file");
        if (!versionSeen) throw in.error(start, "expected a \"formatVersion\" member (a whole number)");
        if (servers == null) throw in.error(start, "expected a \"servers\" member (a list of servers)");
        SourcePorts.resolveAbsent(t, servers);
        return t;
    }

    private static void readFormat(JsonInput in) throws FormatException {
        JsonInput.Location at = in.location();
        String format = in.nextString();
        if (!format.equals(FORMAT)) {
            throw in.error(at, "expected \"" + FORMAT + "\" but found " + JsonInput.quote(format) + "; this is not a WSUS topology file");
        }
    }

    private void readVersion(JsonInput in) throws FormatException {
        JsonInput.Location at = in.location();
        int version = in.nextInt();
        if (version > Migrations.CURRENT_VERSION) throw newerVersion(in, at, version);
        if (version < Migrations.CURRENT_VERSION) throw new OlderVersion(version);
    }

    private static FormatException newerVersion(JsonInput in, JsonInput.Location at, int version) {
        String problem = "the file is in topology file format version " + version + ", newer than " + ToolVersion.describe()
                + ": update the tool to open this plan";
        FormatException e = at == null ? new FormatException(in.fileName(), 0, 0, "$.formatVersion", problem) : in.error(at, problem);
        return e.markNewerFormat();
    }

    private static Limits readLimits(JsonInput in, Map<String, String> unknown) throws FormatException {
        in.beginObject("an object with the plan's limits");
        MemberNames seen = new MemberNames();
        Limits d = Limits.DEFAULT;
        int maxDownstream = d.maxDownstreamServers();
        int recommended = d.recommendedMaxTiers();
        int maxTiers = d.maxTiers();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "maxDownstreamServers" -> maxDownstream = in.nextInt();
                case "recommendedMaxTiers" -> recommended = in.nextInt();
                case "maxTiers" -> maxTiers = in.nextInt();
                default -> unknown.put("limits." + member, in.nextRaw());
            }
        }
        in.endObject();
        return new Limits(maxDownstream, recommended, maxTiers);
    }

    /** Reads the servers straight into {@code t}; absent update-source ports are resolved once all are in. */
    private static List<Server> readServers(JsonInput in, Topology t) throws FormatException {
        in.beginArray("a list of servers");
        List<Server> servers = new ArrayList<>();
        ServerReader reader = new ServerReader(in);
        SharedValues shared = new SharedValues();
        while (in.hasNext()) {
            ServerDraft d = reader.read(servers.size());
            Server earlier = t.server(d.id);
            if (earlier != null) {
                throw in.errorIn("$.servers[" + servers.size() + "]", "the id " + JsonInput.quote(d.id) + " is already used by $.servers["
                        + t.indexOf(earlier) + "]; expected every server to have its own id");
            }
            Server s = d.toServer(shared);
            t.addServer(s);
            servers.add(s);
        }
        in.endArray();
        return servers;
    }
}
