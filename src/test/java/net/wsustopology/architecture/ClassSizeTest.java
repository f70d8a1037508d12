package net.wsustopology.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small classes: no source file of the product grows over 400 lines (issue 14). */
class ClassSizeTest {
    static final int MAX_LINES = 400;

    @Test
    void noProductClassIsOver400Lines() throws IOException {
        List<String> tooLong;
        int seen;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            seen = sources.size();
            tooLong = sources.stream().filter(ClassSizeTest::overLimit).map(Path::toString).toList();
        }
        assertTrue(seen > 100, "the source tree was found: " + seen + " files");
        assertEquals(List.of(), tooLong);
    }

    private static boolean overLimit(Path source) {
        try (Stream<String> lines = Files.lines(source)) {
            return lines.count() > MAX_LINES;
        } catch (IOException e) {
            throw new IllegalStateException(source + " cannot be read", e);
        }
    }
}
