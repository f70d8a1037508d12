package net.wsustopology.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The body of an SVG document kept on disk while it is drawn. JFreeSVG appends each element to a
 * StringBuilder it never reads back, and puts the definitions it collects while drawing (clip
 * paths) in front of that body. So the builder is emptied into a temporary file whenever it has
 * filled, and the document is put together when drawing is done: JFreeSVG's head and
 * definitions, the body from the file, the closing tag. A 200,000-server plan's 400 MB of SVG
 * never has to be in memory.
 */
final class SvgSpool implements Closeable {
    static final int CHUNK = 1 << 16;
    private static final String END = "</svg>";

    private final StringBuilder body = new StringBuilder(2 * CHUNK);
    private final MissingGlyphs replaced;
    private final Path file;
    private final Writer spooled;

    /** Characters XML cannot hold are replaced as the body is spooled and recorded in {@code replaced}. */
    SvgSpool(MissingGlyphs replaced) throws IOException {
        this.replaced = replaced;
        this.file = Files.createTempFile("wsus-svg-", ".part");
        this.spooled = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** The builder JFreeSVG draws into. */
    StringBuilder body() { return body; }

    /** Empties the builder into the file once it holds a chunk; JFreeSVG may be in the middle of an element, which only ever appends. */
    void drainWhenFull() {
        if (body.length() < CHUNK) return;
        int end = body.length();
        // the first half of a surrogate pair waits for its second half: apart, each would be replaced
        if (Character.isHighSurrogate(body.charAt(end - 1))) end--;
        try {
            drain(end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain(int end) throws IOException {
        spooled.write(XmlChars.legal(body.substring(0, end), replaced));
        body.delete(0, end);
    }

    /**
     * Writes the whole document as UTF-8: {@code document} is JFreeSVG's document, drawn after
     * the last element, whose body is the rest of the builder; the spooled body goes before it.
     */
    void writeDocument(String document, OutputStream out) throws IOException {
        int close = document.lastIndexOf(END);
        String head = document.substring(0, close - body.length());
        drain(body.length());
        spooled.close();
        out.write(XmlChars.legal(head, replaced).getBytes(StandardCharsets.UTF_8));
        Files.copy(file, out);
        out.write(XmlChars.legal(document.substring(close), replaced).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            spooled.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
