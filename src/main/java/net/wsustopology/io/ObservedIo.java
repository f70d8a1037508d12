package net.wsustopology.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
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
                case "unread" -> {
                    if (unknown == null) unknown = new LinkedHashMap<>();
                    unknown.put(member, checkedUnread(in));
                }
                default -> {
                    if (unknown == null) unknown = new LinkedHashMap<>();
                    unknown.put(member, in.nextRaw());
                }
            }
        }
        in.endObject();
        return new Observed(collectedUtc, serverId, reachable, lastSyncUtc, lastSyncResult, error, unknown);
    }

    private static String textOrNull(JsonInput in) throws FormatException {
        if (in.peek() == JsonToken.NULL) return skipNull(in);
        if (in.peek() != JsonToken.STRING) throw in.unexpected("text in quotes or null");
        return in.nextString();
    }

    /** {@code unread} is a list of setting paths (or null); it is kept as it was written. */
    private static String checkedUnread(JsonInput in) throws FormatException {
        if (in.peek() == JsonToken.NULL) return in.nextRaw();
        if (in.peek() != JsonToken.BEGIN_ARRAY) throw in.unexpected("a list of setting names in quotes, or null");
        StringWriter raw = new StringWriter();
        try (JsonWriter list = new JsonWriter(raw)) {
            in.beginArray("a list of setting names in quotes");
            list.beginArray();
            while (in.hasNext()) list.value(in.nextString());
            in.endArray();
            list.endArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return raw.toString();
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
        for (Map.Entry<String, String> e : o.unknownMembers().entrySet()) {
            out.name(e.getKey());
            RawJson.write(e.getValue(), out);
        }
    }
}
