package net.wsustopology.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether two paths name one file: through links, ".." and relative paths, as the file system sees it. */
public final class SameFile {
    private SameFile() { }

    public static boolean test(Path a, Path b) {
        if (a == null || b == null) return false;
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // unreadable attributes: fall back to comparing the names
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
