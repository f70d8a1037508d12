package net.wsustopology.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file as spreadsheets save it: UTF-8 with or without a byte order mark, or
 * UTF-16 (Excel's "Unicode text"), told by its byte order mark or by its zero bytes. Anything
 * else is refused with the line that is not text and what the file probably is.
 */
final class CsvText {
    private CsvText() { }

    static String decode(byte[] bytes) throws CsvFormatException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf8(bytes, 3);
        if (startsWith(bytes, 0xFF, 0xFE)) return utf16(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return utf16(bytes, 2, StandardCharsets.UTF_16BE);
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) return utf16(bytes, 0, utf16);
        return utf8(bytes, 0);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** ASCII text in UTF-16 has a zero byte in every other place: the odd places for little-endian. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return null;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i++) if (b[i] == 0) { if (i % 2 == 0) zeroEven++; else zeroOdd++; }
        if (zeroOdd > n * 0.4 && zeroEven < n * 0.05) return StandardCharsets.UTF_16LE;
        if (zeroEven > n * 0.4 && zeroOdd < n * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String utf16(byte[] bytes, int offset, Charset charset) throws CsvFormatException {
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(0, "the file starts like " + charset.name() + " text but is not valid " + charset.name()
                    + "; save it again from the spreadsheet as \"CSV UTF-8\"");
        }
    }

    private static String utf8(byte[] bytes, int offset) throws CsvFormatException {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new CsvFormatException(lineAt(bytes, i), "the file holds binary data (a zero byte), so it is not a CSV text file");
            }
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            throw new CsvFormatException(lineAt(bytes, bad), String.format("byte 0x%02X is not UTF-8 (the file may be in Windows-1252 or"
                    + " another legacy encoding); save it again from the spreadsheet as \"CSV UTF-8\"", bytes[bad] & 0xFF));
        }
    }

    /** Where the decoder's complaint starts: a byte that cannot lead a sequence, or a sequence cut short. */
    private static int firstInvalidUtf8(byte[] b, int offset) {
        int i = offset;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0 || i + n >= b.length) return i;
            for (int k = 1; k <= n; k++) if ((b[i + k] & 0xC0) != 0x80) return i;
            i += n + 1;
        }
        return b.length - 1;
    }

    private static long lineAt(byte[] bytes, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
