package net.wsustopology.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/** The file to be replaced is read-only: it is left as it is rather than replaced behind its owner's back. */
public final class ReadOnlyFileException extends AccessDeniedException {
    public ReadOnlyFileException(Path file) {
        super(file.toString(), null, "the file is read-only");
    }

    @Override public String getMessage() { return "the file is read-only"; }
}
