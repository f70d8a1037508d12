package net.wsustopology.io;

import java.io.IOException;
import java.io.Writer;
import java.io.OutputStream;

/** Wraps the temporary file a save streams into; tests pass one that fails midway. */
@FunctionalInterface
interface WriterFactory {
    Writer open(OutputStream temporaryFile) throws IOException;
}
