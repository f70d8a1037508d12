import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the app image and its zip (and an installer when asked), run by {@code mvn -Pdist package}:
 * {@code java src/dist/BuildDist.java JAR VERSION OUT INSTALLER}, INSTALLER being none, msi, exe,
 * dmg, pkg, deb or rpm. A single-file program, so the same steps run on Windows, macOS and Linux
 * with nothing but the JDK that runs Maven; it is over 400 lines because Java's source launcher runs
 * exactly one file (its parts follow the steps below).
 *
 * <ol>
 * <li>The shaded jar becomes the module {@code wsus.topology} (src/dist/module-info.java); jdeps
 *     must find no module it does not require.</li>
 * <li>jlink links it with the JDK modules it needs into a runtime with the default CDS archive.</li>
 * <li>jpackage makes the image: the editor as main launcher, the command line as a second one.</li>
 * <li>A training run of the image's own runtime (validate and export a generated plan) lists the
 *     classes the commands load; an AppCDS archive of them goes next to the launchers' config.</li>
 * <li>Checks: both launchers answer {@code --version}, the archive loads, and a moved copy of the
 *     image prints nothing extra and still loads it. Then the zip.</li>
 * </ol>
 */
public final class BuildDist {
    static final String MODULE = "wsus.topology";
    static final String MAIN = "net.wsustopology.app.Launcher";
    static final String EDITOR = "wsus-topology-editor";
    static final String CLI = "wsus-topology";
    static final String ARCHIVE = "wsus-topology.jsa";
    /** The command-line launcher's JVM options without the archive; the training run uses the same ones. */
    static final List<String> CLI_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Services the JDK binds by itself: character sets beyond UTF-8 (MacRoman in PDFs) and every locale's formats. */
    static final List<String> EXTRA_MODULES = List.of("jdk.charsets", "jdk.localedata");
    /**
     * Services that libraries in the jar look up with ServiceLoader, which a named module must declare
     * ({@code uses}) or the lookup fails; only those whose class is in the jar are declared, so the
     * list may name libraries the jar does not hold (yet).
     */
    static final List<String> SERVICES_LOOKED_UP = List.of("org.apache.commons.logging.LogFactory");
    /** What jdeps finds that the image does without (see module-info.java). */
    static final Set<String> OPTIONAL_MODULES = Set.of("java.compiler", "jdk.jfr");

    private final Path jar;
    private final String version;
    private final Path out;
    private final Path work;
    private final Path src = Path.of("src", "dist");
    private final Os os = Os.current();

    BuildDist(Path jar, String version, Path out) {
        this.jar = jar;
        this.version = version;
        this.out = out;
        this.work = out.resolveSibling(out.getFileName() + "-work");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java src/dist/BuildDist.java JAR VERSION OUT none|msi|exe|dmg|pkg|deb|rpm");
            System.exit(2);
        }
        BuildDist build = new BuildDist(Path.of(args[0]), args[1], Path.of(args[2]));
        try {
            Path image = build.image();
            build.zip(image);
            if (!args[3].isBlank() && !args[3].equals("none")) build.installer(image, args[3]);
        } catch (BuildFailure e) {
            System.err.println("dist: " + e.getMessage());
            System.exit(1);
        }
    }

    Path image() throws Exception {
        deleteTree(out);
        deleteTree(work);
        Files.createDirectories(out);
        Path modules = moduleJar();
        // jdeps reads the whole jar: let it run next to jlink
        CompletableFuture<Void> requires = CompletableFuture.runAsync(() -> checkRequires(modules.resolve(MODULE + ".jar")));
        Path runtime = link(modules);
        try {
            requires.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Path image = jpackage(runtime);
        Files.copy(src.resolve("logging.properties"), os.appDir(image).resolve("logging.properties"));
        archive(image);
        check(image);
        Path moved = work.resolve("moved").resolve("elsewhere");
        copyTree(image, moved);
        checkMoved(moved);
        deleteTree(work);
        return image;
    }

    /** The shaded jar with src/dist/module-info.java compiled into it. */
    private Path moduleJar() throws IOException {
        Path modules = Files.createDirectories(work.resolve("modules"));
        Path modular = modules.resolve(MODULE + ".jar");
        Files.copy(jar, modular);
        Path classes = work.resolve("module-info");
        Path source = Files.createDirectories(work.resolve("module-info-source")).resolve("module-info.java");
        Files.writeString(source, withUses(Files.readString(src.resolve("module-info.java")), modular));
        tool("javac", "-d", classes.toString(), "--patch-module", MODULE + "=" + jar, source.toString());
        tool("jar", "--update", "--file", modular.toString(), "--main-class", MAIN, "-C", classes.toString(), "module-info.class");
        return modules;
    }

    /** module-info.java with a {@code uses} line for each of {@link #SERVICES_LOOKED_UP} that the jar holds. */
    static String withUses(String moduleInfo, Path modular) throws IOException {
        StringBuilder uses = new StringBuilder();
        try (FileSystem jarFiles = FileSystems.newFileSystem(modular)) {
            for (String service : SERVICES_LOOKED_UP) {
                if (Files.exists(jarFiles.getPath(service.replace('.', '/') + ".class"))) {
                    uses.append("    uses ").append(service).append(";\n");
                }
            }
        }
        int end = moduleInfo.lastIndexOf('}');
        return moduleInfo.substring(0, end) + uses + moduleInfo.substring(end);
    }

    private void checkRequires(Path modular) {
        String found = tool("jdeps", "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps", jar.toString()).trim();
        ModuleDescriptor descriptor = ModuleFinder.of(modular).find(MODULE).orElseThrow().descriptor();
        Set<String> required = descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(Arrays.asList(found.substring(found.lastIndexOf('\n') + 1).split(",")));
        missing.removeAll(required);
        missing.removeAll(OPTIONAL_MODULES);
        missing.remove("java.base");
        if (!missing.isEmpty()) {
            throw new BuildFailure("jdeps finds " + missing + " in " + jar + ": add 'requires' for them to " + src.resolve("module-info.java"));
        }
    }

    private Path link(Path modules) {
        Path runtime = work.resolve("runtime");
        List<String> args = new ArrayList<>(List.of("--module-path", modules.toString(),
                "--add-modules", MODULE + "," + String.join(",", EXTRA_MODULES),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--generate-cds-archive",
                "--output", runtime.toString()));
        // the jar carries JavaFX's native libraries for all three systems; this image runs on one
        args.add("--exclude-resources=" + os.foreignNativeLibraries());
        tool("jlink", args.toArray(String[]::new));
        return runtime;
    }

    private Path jpackage(Path runtime) throws IOException {
        Path dest = work.resolve("jpackage");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--name", EDITOR, "--app-version", version,
                "--module", MODULE + "/" + MAIN, "--runtime-image", runtime.toString(),
                "--icon", src.resolve("icon").resolve("wsus-topology." + os.iconExtension()).toString(),
                "--java-options", "-Djava.util.logging.config.file=$APPDIR/logging.properties",
                "--add-launcher", CLI + "=" + src.resolve(CLI + ".properties")));
        args.addAll(common());
        if (os == Os.MAC) args.addAll(List.of("--mac-package-name", "WSUS Topology Editor"));
        tool("jpackage", args.toArray(String[]::new));
        Path image = out.resolve(os.imageName(CLI));
        Files.move(dest.resolve(os.imageName(EDITOR)), image);
        if (os == Os.LINUX) replaceLinuxCliLauncher(image);
        return image;
    }

    /**
     * JDK 17's jpackage launcher for Linux asks {@code rpm -qf} and {@code dpkg -S} on every start
     * whether a package installed it (0.25 s of CPU on a Debian machine with 800 packages, more than
     * the whole validate of a 10k plan), before it starts the JVM. The command-line launcher is
     * therefore a shell script that starts the same runtime with the options of jpackage's own
     * configuration file (lib/app/wsus-topology.cfg, made from src/dist/wsus-topology.properties).
     */
    private void replaceLinuxCliLauncher(Path image) throws IOException {
        Path cfg = os.appDir(image).resolve(CLI + ".cfg");
        List<String> words = new ArrayList<>();
        String module = null;
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("java-options=")) words.add(line.substring("java-options=".length()));
            if (line.startsWith("app.mainmodule=")) module = line.substring("app.mainmodule=".length());
        }
        if (module == null) throw new BuildFailure(cfg + " names no main module");
        words.add("-m");
        words.add(module);
        StringBuilder exec = new StringBuilder("exec \"$app/../runtime/bin/java\"");
        for (String word : words) {
            if (word.contains("'")) throw new BuildFailure("a launcher option with a quote: " + word);
            exec.append(" '").append(word.replace("$APPDIR", "'\"$app\"'")).append('\'');
        }
        exec.append(" \"$@\"");
        Path launcher = os.launcher(image, CLI);
        Files.writeString(launcher, String.join("\n",
                "#!/bin/sh",
                "# The command-line launcher, written by src/dist/BuildDist.java from " + CLI + ".cfg: jpackage's own",
                "# launcher for Linux asks rpm and dpkg whether a package installed it on every start, which takes longer",
                "# than a whole validate command.",
                "app=$(cd \"$(dirname \"$(readlink -f \"$0\")\")/../lib/app\" && pwd -P) || exit 2",
                exec.toString(), ""));
    }

    private List<String> common() {
        return List.of("--vendor", "WSUS Topology Editor", "--description", "Plan, check and apply WSUS server hierarchies",
                "--copyright", "See LICENSE");
    }

    /** Training runs of the image's own runtime, then the AppCDS archive of every class they loaded. */
    private void archive(Path image) throws IOException {
        Path java = os.java(image);
        Path plan = work.resolve("training.wsus.json");
        List<Path> lists = new ArrayList<>();
        List<List<String>> runs = List.of(
                List.of("--version"),
                List.of("validate", plan.toString()),
                List.of("validate", "--json", plan.toString()),
                List.of("export", plan.toString(), "--to", work.resolve("training.svg").toString()),
                List.of("export", Path.of("sample-topologies", "three-region-enterprise.wsus.json").toString(),
                        "--to", work.resolve("training.pdf").toString()));
        // the benchmark's generator and size, so the training takes the same paths (parallel validation) as the 10k plan
        run(List.of(java.toString(), "-m", MODULE + "/net.wsustopology.bench.PlanGenerator", "10000", plan.toString()), 0);
        for (List<String> commandLine : runs) {
            Path list = work.resolve("classes-" + lists.size() + ".txt");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list));
            command.addAll(CLI_JVM);
            command.addAll(List.of("-m", MODULE));
            command.addAll(commandLine);
            run(command, 0);
            lists.add(list);
        }
        // one line once: the same lambda twice crashes the Java 17 dump
        Set<String> classes = new LinkedHashSet<>();
        for (Path list : lists) classes.addAll(Files.readAllLines(list));
        Path merged = work.resolve("classes.txt");
        Files.write(merged, classes);
        List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + merged,
                "-XX:SharedArchiveFile=" + os.appDir(image).resolve(ARCHIVE)));
        dump.addAll(CLI_JVM);
        dump.addAll(List.of("-m", MODULE));
        run(dump, 0);
    }

    private void check(Path image) {
        for (String launcher : List.of(EDITOR, CLI)) {
            Result r = run(List.of(os.launcher(image, launcher).toString(), "--version"), 0);
            // the Windows editor is a program without a console: its exit code says enough
            if (os == Os.WINDOWS && launcher.equals(EDITOR)) continue;
            if (!r.out.startsWith(CLI + " " + version) || !r.err.isEmpty()) {
                throw new BuildFailure(launcher + " --version printed '" + r.out + "' and '" + r.err + "'");
            }
        }
        checkArchiveLoads(image);
    }

    /** A moved image prints only what the command prints and still maps its archive (it holds no absolute path). */
    private void checkMoved(Path moved) {
        Result r = run(List.of(os.launcher(moved, CLI).toString(), "--version"), 0);
        if (!r.err.isEmpty() || r.out.lines().count() != 1) {
            throw new BuildFailure("the moved image printed more than its version: '" + r.out + "' and '" + r.err + "'");
        }
        checkArchiveLoads(moved);
    }

    /** JAVA_TOOL_OPTIONS reaches the JVM behind the launcher, whose own options cannot be changed from outside. */
    private void checkArchiveLoads(Path image) {
        ProcessBuilder pb = new ProcessBuilder(os.launcher(image, CLI).toString(), "--version");
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:stdout");
        Result r = run(pb, 0);
        String loaded = MAIN + " source: shared objects file";
        if (!r.out.contains(loaded)) {
            throw new BuildFailure(os.launcher(image, CLI) + " did not load " + MAIN + " from its archive "
                    + os.appDir(image).resolve(ARCHIVE));
        }
        System.out.println("dist: " + os.launcher(image, CLI) + " loads its classes from " + ARCHIVE);
    }

    /** wsus-topology-VERSION-OS.zip with the image's folder at its top, executables marked as such. */
    void zip(Path image) throws IOException {
        Path zip = out.resolve(CLI + "-" + version + "-" + os.id + ".zip");
        Files.deleteIfExists(zip);
        Map<String, Object> env = Map.of("create", "true", "enablePosixFileAttributes", "true");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), env);
                Stream<Path> files = Files.walk(image)) {
            for (Path file : files.sorted().toList()) {
                Path entry = fs.getPath(image.getFileName() + "/" + image.relativize(file).toString().replace('\\', '/'));
                if (Files.isDirectory(file)) {
                    Files.createDirectories(entry);
                } else {
                    Files.copy(file, entry);
                    if (os != Os.WINDOWS) Files.setPosixFilePermissions(entry, Files.getPosixFilePermissions(file));
                }
            }
        }
        System.out.printf("dist: %s (%.1f MB)%n", zip, Files.size(zip) / 1e6);
    }

    private void installer(Path image, String type) {
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--dest", out.toString(),
                "--name", "WSUS Topology Editor", "--app-version", version));
        args.addAll(common());
        switch (type) {
            // one fixed upgrade code, so a newer msi replaces an older one; no desktop shortcut, as JDK 17
            // makes one for every launcher, the console one included
            case "msi", "exe" -> args.addAll(List.of("--win-menu", "--win-menu-group", "WSUS Topology Editor",
                    "--win-dir-chooser", "--win-upgrade-uuid", "6b0f3c63-8a1e-4f49-9d0b-2b9e4e0f6a27"));
            // src/dist/linux holds the menu entries: JDK 17's own pass no file (%f) to the editor, so a
            // double-clicked plan would open an empty window, and list the console launcher in the menu
            case "deb", "rpm" -> args.addAll(List.of("--linux-package-name", EDITOR, "--linux-shortcut",
                    "--linux-app-category", "Development", "--linux-menu-group", "Development",
                    "--file-associations", src.resolve("wsus-json.properties").toString(),
                    "--resource-dir", src.resolve("linux").toString()));
            case "dmg", "pkg" -> { }
            default -> throw new BuildFailure("unknown installer type '" + type + "': use msi, exe, dmg, pkg, deb or rpm");
        }
        tool("jpackage", args.toArray(String[]::new));
        System.out.println("dist: " + type + " installer in " + out);
    }

    // ---- running tools and processes ----

    private static String tool(String name, String... args) {
        long start = System.nanoTime();
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new BuildFailure("this JDK has no " + name));
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        int code = tool.run(writer, writer, args);
        writer.flush();
        if (code != 0) throw new BuildFailure(name + " " + String.join(" ", args) + " failed (" + code + "):\n" + text);
        System.out.printf("dist: %s %.1f s%n", name, (System.nanoTime() - start) / 1e9);
        return text.toString();
    }

    record Result(String out, String err) { }

    private Result run(List<String> command, int expected) {
        return run(new ProcessBuilder(command), expected);
    }

    private Result run(ProcessBuilder pb, int expected) {
        try {
            Path stdout = Files.createTempFile(Files.createDirectories(work), "out", ".txt");
            Path stderr = Files.createTempFile(work, "err", ".txt");
            Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BuildFailure(String.join(" ", pb.command()) + " did not finish in 10 minutes");
            }
            Result r = new Result(Files.readString(stdout).trim(), Files.readString(stderr).trim());
            if (p.exitValue() != expected) {
                throw new BuildFailure(String.join(" ", pb.command()) + " exited with " + p.exitValue() + ":\n" + r.out + "\n" + r.err);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("interrupted");
        }
    }

    // ---- files ----

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) { super(message); }
    }

    /** Where jpackage puts things on each system. */
    enum Os {
        WINDOWS("windows"), MAC("macos"), LINUX("linux");

        final String id;

        Os(String id) { this.id = id; }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        String imageName(String name) { return this == MAC ? name + ".app" : name; }

        String iconExtension() { return this == WINDOWS ? "ico" : this == MAC ? "icns" : "png"; }

        String foreignNativeLibraries() {
            return this == WINDOWS ? "**.so,**.dylib" : this == MAC ? "**.so,**.dll" : "**.dll,**.dylib";
        }

        Path launcher(Path image, String name) {
            return switch (this) {
                case WINDOWS -> image.resolve(name + ".exe");
                case MAC -> image.resolve("Contents").resolve("MacOS").resolve(name);
                case LINUX -> image.resolve("bin").resolve(name);
            };
        }

        Path appDir(Path image) {
            return switch (this) {
                case WINDOWS -> image.resolve("app");
                case MAC -> image.resolve("Contents").resolve("app");
                case LINUX -> image.resolve("lib").resolve("app");
            };
        }

        Path java(Path image) {
            return switch (this) {
                case WINDOWS -> image.resolve("runtime").resolve("bin").resolve("java.exe");
                case MAC -> image.resolve("Contents").resolve("runtime").resolve("Contents").resolve("Home").resolve("bin").resolve("java");
                case LINUX -> image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
            };
        }
    }
}
