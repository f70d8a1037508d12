package net.wsustopology.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House style: classes are imported, not named in full in code (a name in full reads worse and hides a dependency). */
class QualifiedNamesTest {
    private static final Path SOURCES = Path.of("src/main/java/net/wsustopology");

    /**
     * A class named in full in code instead of imported hides a dependency from the checks above
     * (and reads worse). Only a name that clashes with an import or a class of the same package
     * may be written in full.
     */
    @Test
    void codeImportsClassesInsteadOfNamingThemInFull() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            Set<String> samePackage = new HashSet<>();
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                siblings.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                        .forEach(n -> samePackage.add(n.substring(0, n.length() - 5)));
            }
            for (String use : fullyQualifiedUses(Files.readString(file, StandardCharsets.UTF_8), samePackage)) {
                violations.add(SOURCES.relativize(file) + " uses " + use);
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(List.of("net.wsustopology.io.Migrations", "java.util.Locale"), fullyQualifiedUses(
                "package x;\nimport a.B;\nclass C { int v = net.wsustopology.io.Migrations.CURRENT_VERSION;\n"
                        + " String s = \"java.util.List\"; // java.util.Map\n String t = s.toLowerCase(java.util.Locale.ROOT); }\n", Set.of()));
        assertEquals(List.of(), fullyQualifiedUses(
                "package x;\nimport java.nio.file.Path;\nclass C { Object p = new javafx.scene.shape.Path(); }\n", Set.of()),
                "a name that clashes with an import may be written in full");
    }

    private static final Pattern FULLY_QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:net\\.wsustopology|javafx|javax|java|org|com)\\.(?:[a-z]\\w*\\.)+([A-Z]\\w*)");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern PLAIN_IMPORT = Pattern.compile("^import ([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);

    /** Classes named in full outside package and import lines, strings, comments and Javadoc. */
    private static List<String> fullyQualifiedUses(String source, Set<String> samePackage) {
        Map<String, String> imported = new HashMap<>();
        Matcher im = PLAIN_IMPORT.matcher(source);
        while (im.find()) imported.put(im.group(2), im.group(1) + "." + im.group(2));
        List<String> uses = new ArrayList<>();
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (code.startsWith("import ") || code.startsWith("package ") || code.startsWith("*") || code.startsWith("/")) continue;
            code = STRING.matcher(code).replaceAll("\"\"");
            int comment = code.indexOf("//");
            if (comment >= 0) code = code.substring(0, comment);
            Matcher m = FULLY_QUALIFIED.matcher(code);
            while (m.find()) {
                String simple = m.group(1);
                boolean clashes = (imported.containsKey(simple) && !imported.get(simple).equals(m.group()))
                        || samePackage.contains(simple);
                if (!clashes) uses.add(m.group());
            }
        }
        return uses;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
