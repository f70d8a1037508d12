package net.wsustopology.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: a byte that is not UTF-8 is a format error at its line and column, never a '?'. */
final class Utf8Text {
    private Utf8Text() { }

    static PlanText decode(byte[] bytes, String fileName) throws FormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw notUtf8(bytes, in.position(), fileName);
        return PlanText.of(out.array(), out.position());
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
