package net.wsustopology.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a live server reported when the collector script read it (SPEC: the {@code observed}
 * member). Facts, not settings: no edit changes them, and the editor only shows them. Times and
 * the result stay the text of the file; a member is null when the collector did not know it.
 * Members this version does not know are kept as raw JSON by name and written back.
 */
public record Observed(String collectedUtc, String serverId, Boolean reachable, String lastSyncUtc,
                       String lastSyncResult, String error, Map<String, String> unknownMembers) {
    /** The result GetLastSynchronizationInfo() gives for a failed synchronization. */
    public static final String FAILED = "Failed";

    public Observed {
        unknownMembers = unknownMembers == null || unknownMembers.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(unknownMembers));
    }

    /** False only when the collector said so; a file that does not say counts as reached. */
    public boolean isUnreachable() { return Boolean.FALSE.equals(reachable); }

    public boolean lastSyncFailed() { return FAILED.equalsIgnoreCase(lastSyncResult); }

    @Override public boolean equals(Object o) {
        return o instanceof Observed other && Objects.equals(collectedUtc, other.collectedUtc)
                && Objects.equals(serverId, other.serverId) && Objects.equals(reachable, other.reachable)
                && Objects.equals(lastSyncUtc, other.lastSyncUtc) && Objects.equals(lastSyncResult, other.lastSyncResult)
                && Objects.equals(error, other.error) && unknownMembers.equals(other.unknownMembers);
    }

    @Override public int hashCode() { return Objects.hash(collectedUtc, serverId, reachable, lastSyncUtc, lastSyncResult, error); }
}
