package net.wsustopology.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;

/**
 * Where each setting of {@link ServerSettings} sits in a server object of the file, worked out once
 * from the table: the members of the server object itself and the groups ({@code "ports"},
 * {@code "proxy"}...) in file order, each with its settings by member name. The groups listed in
 * {@link #OWN_GROUPS} have a reader or writer of their own.
 */
final class FileLayout {
    /** Written by {@link TopologyWriter} in a shape of its own (a root writes only what it remembers); read like any group. */
    static final String UPDATE_SOURCE = "updateSource";
    /** Read and written in shapes of their own (a language list; x, y and pinned). */
    static final String LANGUAGES = "languages";
    static final String POSITION = "position";
    static final Set<String> OWN_GROUPS = Set.of(LANGUAGES, POSITION);

    /** One entry of a server object: a member (group null) or a group of members. */
    record Entry(String name, boolean group, List<Setting> settings) { }

    static final List<Setting> SETTINGS = ServerSettings.settings();
    /** Entries of a server object in file order. */
    static final List<Entry> ENTRIES;
    /** Group name (or "" for the server object itself) → member name → index into {@link #SETTINGS}. */
    private static final Map<String, Map<String, Integer>> INDEX = new HashMap<>();

    static {
        Map<String, List<Setting>> byEntry = new LinkedHashMap<>();
        for (int i = 0; i < SETTINGS.size(); i++) {
            Setting s = SETTINGS.get(i);
            String group = s.group();
            // "languages" is one setting of the table but an object of the file
            String entry = group != null ? group : s.type() == Setting.Type.OWN ? s.path() : "=" + s.path();
            byEntry.computeIfAbsent(entry, e -> new ArrayList<>()).add(s);
            INDEX.computeIfAbsent(group == null ? "" : group, g -> new HashMap<>()).put(s.member(), i);
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Setting>> e : byEntry.entrySet()) {
            boolean member = e.getKey().startsWith("=");
            entries.add(new Entry(member ? e.getKey().substring(1) : e.getKey(), !member, List.copyOf(e.getValue())));
        }
        ENTRIES = List.copyOf(entries);
    }

    private FileLayout() { }

    /** True when {@code name} is a group of settings in a server object. */
    static boolean isGroup(String name) { return INDEX.containsKey(name) && !name.isEmpty(); }

    /** The index of the setting {@code member} of {@code group} ("" for the server object), or -1. */
    static int indexOf(String group, String member) {
        Map<String, Integer> members = INDEX.get(group);
        Integer i = members == null ? null : members.get(member);
        return i == null ? -1 : i;
    }
}
