package net.wsustopology.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.wsustopology.model.Observed;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerProperty;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;

/**
 * One server as read from the file: the file values of the settings it has (by their index in
 * {@link FileLayout#SETTINGS}), before the server exists (its id may come last). Members the file
 * leaves out keep the defaults of {@link ServerSettings}; defaults that depend on other members
 * (ports by version) are resolved in {@link #toServer}, those that depend on other servers (the
 * update source's port) after the whole plan is read.
 */
final class ServerDraft {
    private static final List<Setting> SETTINGS = FileLayout.SETTINGS;

    String id;
    private final Object[] values = new Object[SETTINGS.size()];
    private final boolean[] present = new boolean[SETTINGS.size()];
    boolean allLanguages = ServerSettings.LANGUAGES.defaultValue().all();
    List<String> languageCodes = ServerSettings.LANGUAGES.defaultValue().codes();
    Position position;
    boolean pinned;
    Observed observed;
    /** Members this version does not know, by dotted path; made only for a server that has some. */
    private Map<String, String> unknownMembers;

    void put(int index, Object fileValue) {
        values[index] = fileValue;
        present[index] = true;
    }

    void unknown(String path, String rawJson) {
        if (unknownMembers == null) unknownMembers = new LinkedHashMap<>();
        unknownMembers.put(path, rawJson);
    }

    Server toServer(SharedValues shared) {
        Server s = new Server(id);
        for (int i = 0; i < values.length; i++) if (present[i]) SETTINGS.get(i).set(s, values[i]);
        for (int i = 0; i < values.length; i++) {
            if (!present[i] && SETTINGS.get(i).hasDependentDefault()) SETTINGS.get(i).applyDefault(s);
        }
        shareRecords(s, shared);
        s.setLanguages(shared.languages(allLanguages, languageCodes));
        s.setPosition(position);
        s.setPinned(pinned);
        s.setObserved(observed);
        if (unknownMembers != null) s.setUnknownMembers(unknownMembers);
        return s;
    }

    /** Big plans repeat the same proxies, schedules and upstream ports: one instance each. */
    private static void shareRecords(Server s, SharedValues shared) {
        for (ServerProperty<?> p : ServerSettings.ALL) {
            if (p.settings().size() > 1 || p == ServerSettings.SOURCE_PORT) share(p, s, shared);
        }
    }

    private static <T> void share(ServerProperty<T> p, Server s, SharedValues shared) { p.set(s, shared.share(p.get(s))); }
}
