package net.wsustopology.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Finds where a file stops being UTF-8, to name the line and column of the first bad byte. */
final class Utf8Text {
    private Utf8Text() { }

    /** The error for the first byte of {@code bytes} that is not UTF-8, or null when they are all fine. */
    static FormatException firstError(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        return result.isError() ? notUtf8(bytes, in.position(), fileName) : null;
    }

    private static FormatException notUtf8(byte[] bytes, int offset, String fileName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') { line++; lineStart = i + 1; }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) if ((bytes[i] & 0xC0) != 0x80) column++;
        return new FormatException(fileName, line, column, null, String.format(
                "expected UTF-8 text but found the byte 0x%02X (the file may be binary or saved in another encoding)", bytes[offset] & 0xFF));
    }
}
