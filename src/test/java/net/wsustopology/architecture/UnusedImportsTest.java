package net.wsustopology.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No source file, product or test, imports a name it never uses (leftovers of removed code, issue 22 item 14). */
class UnusedImportsTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?[\\w.]+\\.(\\w+);$");

    @Test
    void noSourceFileImportsANameItNeverUses() throws IOException {
        List<String> unused = new ArrayList<>();
        int seen = 0;
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    seen++;
                    for (String name : unusedImports(Files.readString(p))) unused.add(p + ": " + name);
                }
            }
        }
        assertTrue(seen > 200, "the source trees were found: " + seen + " files");
        assertEquals(List.of(), unused);
    }

    @Test
    void theCheckSeesAnUnusedImport() {
        String source = "package x;\nimport java.util.List;\nimport java.util.Map;\nimport static java.util.Objects.requireNonNull;\n"
                + "class A { List<String> a = List.of(); }\n";
        assertEquals(List.of("Map", "requireNonNull"), unusedImports(source));
    }

    static List<String> unusedImports(String source) {
        List<String> imported = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            Matcher m = IMPORT.matcher(line.trim());
            if (m.matches()) imported.add(m.group(1));
            else body.append(line).append('\n');
        }
        String text = body.toString();
        List<String> unused = new ArrayList<>();
        for (String name : imported) {
            if (!Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find()) unused.add(name);
        }
        return unused;
    }
}
