package net.wsustopology.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file on disk was when a window last loaded or saved it: size, modification time and a
 * SHA-256 of its bytes. The hash decides: a file touched with the same bytes is the same plan,
 * and a same-size rewrite within the file system's clock tick is still seen as a change.
 */
public record FileFingerprint(long size, long modifiedMillis, String sha256) {

    /** The file as it is now; empty when it does not exist. */
    public static Optional<FileFingerprint> of(Path file) throws IOException {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            MessageDigest digest = newDigest();
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; size += n) digest.update(buffer, 0, n);
            }
            return Optional.of(new FileFingerprint(size, modified, HexFormat.of().formatHex(digest.digest())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** True when {@code other} has the same bytes (the modification time alone is no change). */
    public boolean sameContentAs(FileFingerprint other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    /** One line for a recovery copy's metadata; {@link #decode} reads it back. */
    public String encode() { return size + ":" + modifiedMillis + ":" + sha256; }

    /** The fingerprint {@link #encode} wrote; empty for null or anything else. */
    public static Optional<FileFingerprint> decode(String text) {
        if (text == null) return Optional.empty();
        String[] parts = text.split(":");
        if (parts.length != 3 || !parts[2].matches("[0-9a-f]{64}")) return Optional.empty();
        try {
            return Optional.of(new FileFingerprint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
