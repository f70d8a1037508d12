package net.wsustopology.io;

import java.io.BufferedReader;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plan's characters without a leading BOM, readable more than once (a migration or a version
 * probe reads them again). A file is decoded while it is parsed, strictly: a byte that is not
 * UTF-8 stops the reader instead of becoming a replacement character.
 */
interface PlanText {
    int STEP = 1 << 20;

    Reader open() throws IOException;

    default String asString() {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader r = open()) {
            for (int n; (n = r.read(buffer)) > 0; ) text.append(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static PlanText of(String text) {
        char[] chars = text.toCharArray();
        int start = chars.length > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        return () -> new CharArrayReader(chars, start, chars.length - start);
    }

    /**
     * Decodes in steps of a megabyte: with the 8 KB steps of a default stream decoder a one-shot
     * command spends much of a big plan's reading in the decoder loop before it is compiled.
     */
    static PlanText of(Path file) {
        return () -> {
            Reader r = new BufferedReader(Channels.newReader(Files.newByteChannel(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT), STEP), STEP);
            r.mark(1);
            if (r.read() != '\uFEFF') r.reset();
            return r;
        };
    }
}
