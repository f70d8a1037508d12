package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The insight figures are plain logic: no scene graph, so the CLI and exports may use them too. */
class InsightLayeringTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void insightImportsNoUiPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/net/wsustopology/insight"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(2);
                    boolean ui = imported.startsWith("javafx.") && !imported.startsWith("javafx.beans")
                            || imported.startsWith("org.controlsfx") || imported.startsWith("net.wsustopology.ui");
                    if (ui) violations.add(file.getFileName() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
