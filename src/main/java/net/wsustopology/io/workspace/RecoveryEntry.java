package net.wsustopology.io.workspace;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An autosaved copy of a plan with unsaved changes. {@code originalFile} is null for a plan that
 * was never saved; {@code lastSaved} is null then too. {@code fileFingerprint} says what the original
 * file was when the plan was last opened or saved ({@code FileFingerprint.encode}), null when unknown.
 */
public record RecoveryEntry(String id, Path copy, Path originalFile, String planName, Instant lastSaved, Instant autosaved,
        String fileFingerprint) {
}
