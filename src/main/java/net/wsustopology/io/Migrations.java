package net.wsustopology.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The chain of {@link Migration}s that brings an older plan up to {@link #CURRENT_VERSION}. */
public final class Migrations {
    /** The file format version this tool reads and writes. */
    public static final int CURRENT_VERSION = 1;

    /** Version 1 is the first published format, so nothing needs migrating yet. */
    public static final Migrations BUILT_IN = new Migrations(List.of());

    private final Map<Integer, Migration> byFromVersion = new HashMap<>();

    public Migrations(List<Migration> migrations) {
        for (Migration m : migrations) {
            if (byFromVersion.put(m.fromVersion(), m) != null) {
                throw new IllegalArgumentException("two migrations from version " + m.fromVersion());
            }
        }
    }

    /** Whether every step from {@code version} up to the current one is known. */
    public boolean canMigrate(int version) {
        for (int v = version; v < CURRENT_VERSION; v++) if (!byFromVersion.containsKey(v)) return false;
        return true;
    }

    /** Applies each step in turn and stamps the current version; call only when {@link #canMigrate} holds. */
    public JsonObject migrate(JsonObject document, int version) {
        JsonObject current = document;
        for (int v = version; v < CURRENT_VERSION; v++) current = byFromVersion.get(v).migrate(current);
        current.add("formatVersion", new JsonPrimitive(CURRENT_VERSION));
        return current;
    }
}
