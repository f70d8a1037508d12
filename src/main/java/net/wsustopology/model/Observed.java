package net.wsustopology.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a live server reported when the collector script read it (SPEC: the {@code observed}
 * member). Facts, not settings: no edit changes them, and the editor only shows them. Times and
 * the result stay the text of the file; a member is null when the collector did not know it.
 * Members this version does not know are kept as raw JSON by name and written back. {@code unread}
 * names the settings (as {@code diff} names them) the collector could not read on the server.
 */
public record Observed(String collectedUtc, String serverId, Boolean reachable, String lastSyncUtc,
                       String lastSyncResult, String error, List<String> unread, Map<String, String> unknownMembers) {
    /** The result GetLastSynchronizationInfo() gives for a failed synchronization. */
    public static final String FAILED = "Failed";

    public Observed {
        unread = unread == null ? null : List.copyOf(unread);
        unknownMembers = unknownMembers == null || unknownMembers.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(unknownMembers));
    }

    /** Without a list of unread settings. */
    public Observed(String collectedUtc, String serverId, Boolean reachable, String lastSyncUtc, String lastSyncResult, String error,
                    Map<String, String> unknownMembers) {
        this(collectedUtc, serverId, reachable, lastSyncUtc, lastSyncResult, error, null, unknownMembers);
    }

    /** True when the collector could not read this setting ({@code diff}'s name: "ports.requireSsl"), so it is not compared. */
    public boolean isUnread(String setting) { return unread != null && unread.contains(setting); }

    /** False only when the collector said so; a file that does not say counts as reached. */
    public boolean isUnreachable() { return Boolean.FALSE.equals(reachable); }

    public boolean lastSyncFailed() { return FAILED.equalsIgnoreCase(lastSyncResult); }

    @Override public boolean equals(Object o) {
        return o instanceof Observed other && Objects.equals(collectedUtc, other.collectedUtc)
                && Objects.equals(serverId, other.serverId) && Objects.equals(reachable, other.reachable)
                && Objects.equals(lastSyncUtc, other.lastSyncUtc) && Objects.equals(lastSyncResult, other.lastSyncResult)
                && Objects.equals(error, other.error) && Objects.equals(unread, other.unread) && unknownMembers.equals(other.unknownMembers);
    }

    @Override public int hashCode() { return Objects.hash(collectedUtc, serverId, reachable, lastSyncUtc, lastSyncResult, error); }
}
