package net.wsustopology.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Logic and model never touch JavaFX, ControlsFX or SmartGraph; only ui (and app, which wires it) does. */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/net/wsustopology");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> UI_ONLY = List.of("javafx.scene", "javafx.stage", "javafx.application",
            "javafx.embed", "org.controlsfx", "com.brunomnsilva.smartgraph", "net.wsustopology.ui");
    private static final List<String> HEADLESS_PACKAGES = List.of("model", "command", "validation", "io", "layout",
            "export", "cli", "document", "bench", "insight", "diagram", "diff", "fix");

    @Test
    void headlessPackagesNeverImportTheUi() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : HEADLESS_PACKAGES) {
            Path dir = SOURCES.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String imported = m.group(2);
                        for (String banned : UI_ONLY) {
                            if (imported.startsWith(banned)) violations.add(SOURCES.relativize(file) + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Headless code is plain Java, JavaFX's beans included: the model tells its listeners itself. */
    @Test
    void headlessPackagesUseNothingOfJavafx() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : HEADLESS_PACKAGES) {
            Path dir = SOURCES.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            for (Path file : javaFiles(dir)) {
                for (String use : javafxUses(Files.readString(file, StandardCharsets.UTF_8))) {
                    violations.add(SOURCES.relativize(file) + " uses " + use);
                }
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(List.of("javafx.beans.property.Property", "javafx.beans.value.ObservableValue"),
                javafxUses("package x;\nimport javafx.beans.property.Property;\nimport java.util.List;\n"
                        + "class C { javafx.beans.value.ObservableValue<?> v; // javafx.scene.Node\n}\n"),
                "the check sees a JavaFX import and a JavaFX class named in full, and skips comments");
    }

    @Test
    void theModelKnowsNoFileFormat() throws IOException {
        for (Path file : javaFiles(SOURCES.resolve("model"))) {
            Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) assertTrue(!m.group(2).startsWith("com.google.gson"), file + " imports " + m.group(2));
        }
    }

    @Test
    void theModelDependsOnNoOtherPackageOfTheProject() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(SOURCES.resolve("model"))) {
            Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String imported = m.group(2);
                if (imported.startsWith("net.wsustopology.") && !imported.startsWith("net.wsustopology.model.")) {
                    violations.add(SOURCES.relativize(file) + " imports " + imported);
                }
            }
            for (String use : fullyQualifiedUses(Files.readString(file, StandardCharsets.UTF_8), Set.of())) {
                if (use.startsWith("net.wsustopology.") && !use.startsWith("net.wsustopology.model.")) violations.add(SOURCES.relativize(file) + " uses " + use);
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The top-level packages depend on each other in one direction only: the package graph has no cycle. */
    @Test
    void topLevelPackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.get("model").isEmpty(), "model uses " + uses.get("model"));
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) findCycle(uses, start, new ArrayList<>(List.of(start)), cycles);
        assertEquals(List.of(), cycles);
        Map<String, Set<String>> withCycle = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")));
        List<String> found = new ArrayList<>();
        findCycle(withCycle, "a", new ArrayList<>(List.of("a")), found);
        assertEquals(List.of("a -> b -> c -> a"), found, "the cycle search finds a known cycle");
    }

    private static void findCycle(Map<String, Set<String>> uses, String node, List<String> path, List<String> cycles) {
        for (String next : uses.getOrDefault(node, Set.of())) {
            if (next.equals(path.get(0))) {
                cycles.add(String.join(" -> ", path) + " -> " + next);
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                findCycle(uses, next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Top-level package (model, io, ui...) to the other top-level packages its classes import. */
    private static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) continue;
                String own = relative.getName(0).toString();
                Set<String> set = uses.computeIfAbsent(own, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String imported = m.group(2);
                    if (!imported.startsWith("net.wsustopology.")) continue;
                    String other = imported.substring("net.wsustopology.".length()).split("\\.")[0];
                    if (!other.equals(own)) set.add(other);
                }
            }
        }
        return uses;
    }

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

    /** What {@code source} imports from JavaFX and the JavaFX classes it names in full in code. */
    private static List<String> javafxUses(String source) {
        List<String> uses = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) if (m.group(2).startsWith("javafx.")) uses.add(m.group(2));
        for (String use : fullyQualifiedUses(source, Set.of())) if (use.startsWith("javafx.")) uses.add(use);
        return uses;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void theBoundaryCheckSeesAViolation() {
        Matcher m = IMPORT.matcher("package x;\nimport javafx.scene.Node;\n");
        assertTrue(m.find());
        assertTrue(m.group(2).startsWith(UI_ONLY.get(0)));
    }
}
