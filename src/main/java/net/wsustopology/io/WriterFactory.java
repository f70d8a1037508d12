package net.wsustopology.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Opens the writer a save streams into; tests pass one that fails midway. */
@FunctionalInterface
interface WriterFactory {
    Writer open(Path file) throws IOException;
}
