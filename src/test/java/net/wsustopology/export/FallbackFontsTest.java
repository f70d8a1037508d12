package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FallbackFontsTest {
    @TempDir Path fonts;

    /** A copy of a bundled font whose names start with {@code letter} instead of the L of "Liberation". */
    private void copyRenamed(String resource, char letter, Path to) throws Exception {
        byte[] bytes;
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + resource)) {
            bytes = in.readAllBytes();
        }
        replace(bytes, "Liberation".getBytes(StandardCharsets.US_ASCII), (byte) letter);
        replace(bytes, "Liberation".getBytes(StandardCharsets.UTF_16BE), (byte) letter);
        Files.createDirectories(to.getParent());
        Files.write(to, bytes);
    }

    private static void replace(byte[] bytes, byte[] name, byte letter) {
        int firstLetter = name[0] == 0 ? 1 : 0;
        for (int i = 0; i + name.length <= bytes.length; i++) {
            boolean match = true;
            for (int j = 0; j < name.length && match; j++) match = bytes[i + j] == name[j];
            if (match) bytes[i + firstLetter] = letter;
        }
    }

    @Test
    void aWellKnownFontIsTriedBeforeFilesThatSortFirstAndUnreadableFilesAreSkipped() throws Exception {
        Files.writeString(fonts.resolve("000-broken.ttf"), "not a font");
        copyRenamed("LiberationSans-Regular.ttf", 'A', fonts.resolve("aaa/first-by-name.ttf"));
        copyRenamed("LiberationSans-Bold.ttf", 'Z', fonts.resolve("zzz/deeper/DroidSansFallbackFull.ttf"));
        FallbackFonts fallback = new FallbackFonts(List.of(fonts.resolve("missing-folder"), fonts));
        assertEquals("Ziberation Sans Bold", fallback.faceFor('A', false).name());
        assertEquals("Ziberation Sans Bold", fallback.faceFor('B', true).name(), "a family without a bold file");
        assertNull(fallback.faceFor(0x6771, false), "no file has it");
    }

    @Test
    void aSystemCopyOfTheBundledFontIsNotUsedForItWouldTakeTheBundledName() throws Exception {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/LiberationSans-Regular.ttf")) {
            Files.copy(in, fonts.resolve("LiberationSans-Regular.ttf"));
        }
        copyRenamed("LiberationSans-Regular.ttf", 'Q', fonts.resolve("other.ttf"));
        FallbackFonts fallback = new FallbackFonts(List.of(fonts));
        assertEquals("Qiberation Sans", fallback.faceFor('A', false).name());
        assertNull(FontFace.of(Fonts.DETAIL).file(), "the bundled face keeps its name and its bytes");
    }
}
