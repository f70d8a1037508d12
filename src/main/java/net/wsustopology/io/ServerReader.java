package net.wsustopology.io;

import java.util.ArrayList;
import java.util.List;
import com.google.gson.stream.JsonToken;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;

/**
 * Reads one server object of the {@code servers} list (SPEC section 1) into a {@link ServerDraft}:
 * every member the settings table describes by its type, languages and position by their own
 * shape, anything else kept as an unknown member.
 */
final class ServerReader {
    static final String MICROSOFT_UPDATE = ServerSettings.FROM_MICROSOFT_UPDATE;
    static final String UPSTREAM = ServerSettings.FROM_UPSTREAM;
    /** A password must never be stored in a plan: it is read past and dropped. */
    private static final String NEVER_KEPT = "proxy.password";

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
            int setting = FileLayout.indexOf("", member);
            if (member.equals("id")) d.id = readId();
            else if (member.equals(FileLayout.LANGUAGES)) readLanguages(d);
            else if (member.equals(FileLayout.POSITION)) readPosition(d);
            else if (member.equals("observed")) d.observed = ObservedIo.read(in, groupMembers.clear());
            else if (setting >= 0) d.put(setting, readValue(FileLayout.SETTINGS.get(setting)));
            else if (FileLayout.isGroup(member)) readGroup(member, d);
            else d.unknown(member, in.nextRaw());
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

    /** A group of settings (ports, update source, proxy, sync, update files). */
    private void readGroup(String group, ServerDraft d) throws FormatException {
        in.beginObject("an object with the " + group + " settings");
        MemberNames seen = groupMembers.clear();
        while (in.hasNext()) {
            String member = in.nextName(seen);
            int setting = FileLayout.indexOf(group, member);
            if (setting >= 0) {
                d.put(setting, readValue(FileLayout.SETTINGS.get(setting)));
                continue;
            }
            String path = group + "." + member;
            if (path.equals(NEVER_KEPT)) in.nextRaw();
            else d.unknown(path, in.nextRaw());
        }
        in.endObject();
    }

    private Object readValue(Setting setting) throws FormatException {
        return switch (setting.type()) {
            case BOOLEAN -> in.nextBoolean();
            case INTEGER -> in.nextInt();
            case TEXT -> in.nextString();
            case CHOICE -> readChoice(setting);
            case OWN -> throw new IllegalStateException(setting + " has a reader of its own");
        };
    }

    private String readChoice(Setting setting) throws FormatException {
        String code = in.nextString();
        if (setting.choices().contains(code)) return code;
        List<String> quoted = setting.choices().stream().map(JsonInput::quote).toList();
        String list = String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        String noun = setting.choiceNoun().isEmpty() ? "" : setting.choiceNoun() + " ";
        throw in.error("expected " + noun + list + " but found " + JsonInput.quote(code));
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
