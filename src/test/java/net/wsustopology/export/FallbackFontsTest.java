package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FallbackFontsTest {
    @TempDir Path fonts;

    private void copyBundled(String resource, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + resource)) {
            Files.copy(in, to);
        }
    }

    @Test
    void aWellKnownFontIsTriedBeforeFilesThatSortFirstAndUnreadableFilesAreSkipped() throws Exception {
        Files.writeString(fonts.resolve("000-broken.ttf"), "not a font");
        copyBundled("LiberationSans-Regular.ttf", fonts.resolve("aaa/first-by-name.ttf"));
        copyBundled("LiberationSans-Bold.ttf", fonts.resolve("zzz/deeper/DroidSansFallbackFull.ttf"));
        FallbackFonts fallback = new FallbackFonts(List.of(fonts.resolve("missing-folder"), fonts));
        assertEquals("Liberation Sans Bold", fallback.faceFor('A', false).name());
        assertEquals("Liberation Sans Bold", fallback.faceFor('A', true).name(), "a family without a bold file");
    }

    @Test
    void aCharacterNoFileHasHasNoFace() throws Exception {
        copyBundled("LiberationSans-Regular.ttf", fonts.resolve("some.ttf"));
        FallbackFonts fallback = new FallbackFonts(List.of(fonts));
        assertNull(fallback.faceFor(0x6771, false));
        assertEquals("Liberation Sans", fallback.faceFor('A', false).name());
    }
}
