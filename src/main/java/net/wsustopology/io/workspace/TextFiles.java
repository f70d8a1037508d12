package net.wsustopology.io.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.wsustopology.io.AtomicFile;

/** Atomic replacement of small UTF-8 files, creating their folder when needed. */
final class TextFiles {
    private TextFiles() { }

    static void writeAtomically(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFile.writeText(target, text, AtomicFile.Links.FOLLOW);
    }
}
