package net.wsustopology.export.scripts;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * PowerShell syntax trees from the tree-sitter PowerShell grammar, through {@code ps-tree.mjs} and
 * the node modules of ../shared/tools/ps-parse (installed on first use, as .ci/run does). Tests
 * using it are skipped only when node itself is missing.
 */
final class PsTree {
    /** One named node of the tree; wrappers with a single child over the same text are left out. */
    record Node(String type, String field, int row, String text, List<Node> children, Node parent) {
        List<Node> descendants(Predicate<Node> test) {
            List<Node> found = new ArrayList<>();
            collect(test, found);
            return found;
        }

        private void collect(Predicate<Node> test, List<Node> found) {
            if (test.test(this)) found.add(this);
            for (Node c : children) c.collect(test, found);
        }

        boolean has(Predicate<Node> test) { return !descendants(test).isEmpty(); }

        /** The text of the leaves below, joined by spaces ("$config . Save"). */
        String leaves() {
            if (children.isEmpty()) return text == null ? "" : text;
            List<String> parts = new ArrayList<>();
            for (Node c : children) parts.add(c.leaves());
            return String.join(" ", parts);
        }

        Node child(String fieldName) {
            for (Node c : children) if (fieldName.equals(c.field)) return c;
            return null;
        }
    }

    /** One parsed file: the row of its first syntax error (-1 when none) and its tree (null when not asked for). */
    record Parsed(Path file, int errorRow, Node tree) { }

    private PsTree() { }

    static List<Parsed> parse(List<Path> files, boolean withTrees) throws IOException, InterruptedException {
        String node = nodeCommand();
        assumeTrue(node != null, "node is not installed: PowerShell scripts are not parsed");
        Path home = modules();
        Path helper = Files.createTempFile("ps-tree", ".mjs");
        Path out = Files.createTempFile("ps-tree", ".jsonl");
        try (var in = PsTree.class.getResourceAsStream("ps-tree.mjs")) {
            Files.write(helper, in.readAllBytes());
            List<String> command = new ArrayList<>(List.of(node, helper.toString(), home.toString()));
            if (!withTrees) command.add("--errors-only");
            for (Path f : files) command.add(f.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) throw new IOException("ps-tree.mjs failed with " + p.exitValue());
            List<Parsed> parsed = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                Node tree = o.has("tree") ? node(o.getAsJsonArray("tree"), null) : null;
                parsed.add(new Parsed(Path.of(o.get("file").getAsString()), o.get("errorRow").getAsInt(), tree));
            }
            return parsed;
        } finally {
            Files.deleteIfExists(helper);
            Files.deleteIfExists(out);
        }
    }

    private static Node node(JsonArray a, Node parent) {
        List<Node> children = new ArrayList<>();
        Node n = new Node(a.get(0).getAsString(), text(a.get(1)), a.get(2).getAsInt(), text(a.get(3)), children, parent);
        for (JsonElement c : a.get(4).getAsJsonArray()) children.add(node(c.getAsJsonArray(), n));
        return n;
    }

    private static String text(JsonElement e) { return e.isJsonNull() ? null : e.getAsString(); }

    private static String nodeCommand() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, windows ? "node.exe" : "node");
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }

    /** The folder holding tree-sitter and tree-sitter-powershell; ps-parse's run installs them when they are missing. */
    private static Path modules() throws IOException, InterruptedException {
        String configured = System.getenv("PS_PARSE_HOME");
        Path home = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "ps-parse");
        if (!Files.isDirectory(home.resolve("node_modules/tree-sitter-powershell"))) {
            Path run = Path.of("../shared/tools/ps-parse/run");
            Path empty = Files.createTempFile("empty", ".ps1");
            Process p = new ProcessBuilder(run.toString(), empty.toString()).inheritIO().start();
            int exit = p.waitFor();
            Files.deleteIfExists(empty);
            if (exit != 0) throw new IOException(run + " could not install the PowerShell grammar (exit " + exit + ")");
        }
        return home;
    }
}
