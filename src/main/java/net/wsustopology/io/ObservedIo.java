package net.wsustopology.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import net.wsustopology.model.Observed;

/**
 * The {@code observed} member of a server (SPEC section 1): text or null, {@code reachable} true,
 * false or null. A value of another type is a format error; members this version does not know
 * are kept inside the {@link Observed} and written back after the known ones.
 */
final class ObservedIo {
    private ObservedIo() { }

    static Observed read(JsonInput in, MemberNames seen) throws FormatException {
        in.beginObject("an object with what the collector observed");
        String collectedUtc = null;
        String serverId = null;
        Boolean reachable = null;
        String lastSyncUtc = null;
        String lastSyncResult = null;
        String error = null;
        List<String> unread = null;
        Map<String, String> unknown = null;
        while (in.hasNext()) {
            String member = in.nextName(seen);
            switch (member) {
                case "collectedUtc" -> collectedUtc = textOrNull(in);
                case "serverId" -> serverId = textOrNull(in);
                case "reachable" -> reachable = in.peek() == JsonToken.NULL ? skipNull(in) : in.nextBoolean();
                case "lastSyncUtc" -> lastSyncUtc = textOrNull(in);
                case "lastSyncResult" -> lastSyncResult = textOrNull(in);
                case "error" -> error = textOrNull(in);
                case "unread" -> unread = textList(in);
                default -> {
                    if (unknown == null) unknown = new LinkedHashMap<>();
                    unknown.put(member, in.nextRaw());
                }
            }
        }
        in.endObject();
        return new Observed(collectedUtc, serverId, reachable, lastSyncUtc, lastSyncResult, error, unread, unknown);
    }

    private static String textOrNull(JsonInput in) throws FormatException {
        if (in.peek() == JsonToken.NULL) return skipNull(in);
        if (in.peek() != JsonToken.STRING) throw in.unexpected("text in quotes or null");
        return in.nextString();
    }

    /** "unread": a list of setting names (texts), or null. */
    private static List<String> textList(JsonInput in) throws FormatException {
        if (in.peek() == JsonToken.NULL) return skipNull(in);
        in.beginArray("a list of setting names in quotes, or null");
        List<String> names = new ArrayList<>();
        while (in.hasNext()) {
            if (in.peek() != JsonToken.STRING) throw in.unexpected("a setting name in quotes");
            names.add(in.nextString());
        }
        in.endArray();
        return names;
    }

    private static <T> T skipNull(JsonInput in) throws FormatException {
        in.nextRaw();
        return null;
    }

    static void write(Observed o, JsonWriter out) throws IOException {
        out.name("collectedUtc").value(o.collectedUtc());
        out.name("serverId").value(o.serverId());
        out.name("reachable").value(o.reachable());
        out.name("lastSyncUtc").value(o.lastSyncUtc());
        out.name("lastSyncResult").value(o.lastSyncResult());
        out.name("error").value(o.error());
        if (o.unread() != null) {
            out.name("unread").beginArray();
            for (String name : o.unread()) out.value(name);
            out.endArray();
        }
        for (Map.Entry<String, String> e : o.unknownMembers().entrySet()) {
            out.name(e.getKey());
            RawJson.write(e.getValue(), out);
        }
    }
}
