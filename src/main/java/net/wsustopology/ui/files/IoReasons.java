package net.wsustopology.ui.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** A sentence a user understands for a failed read or write. */
public final class IoReasons {
    private IoReasons() { }

    public static String describe(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return file + ": the file or its folder does not exist.";
        if (e instanceof AccessDeniedException) return file + ": permission denied (the file or its folder is read-only).";
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("no space")) {
            return file + ": the disk is full.";
        }
        return file + ": " + (reason == null ? e.getClass().getSimpleName() : reason) + ".";
    }
}
