package net.wsustopology.document;

import java.nio.file.Path;

/** A save was stopped: the file on disk is no longer what this window last loaded or saved. */
public final class ChangedOnDiskException extends Exception {
    private final Path file;
    private final boolean deleted;

    ChangedOnDiskException(Path file, boolean deleted) {
        super(file + (deleted ? " was deleted" : " was changed") + " on disk since this window last opened or saved it");
        this.file = file;
        this.deleted = deleted;
    }

    public Path file() { return file; }

    /** The file is gone (moved or deleted), so there is nothing to reload. */
    public boolean deleted() { return deleted; }
}
