package net.wsustopology.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times {@code validate FILE} as a whole process, start-up included, which is what a CI pipeline
 * waits for: {@code java -jar target/wsus-topology.jar} (needs the packaged jar: {@code mvn -Pbench
 * verify} runs the benchmarks after {@code package}) and, when {@code mvn -Pdist package} made the
 * app image, its two launchers.
 */
final class ValidateProcess {
    static final Path JAR = Path.of("target", "wsus-topology.jar");
    static final Path DIST = Path.of("target", "dist");
    static final List<String> LAUNCHERS = List.of("wsus-topology", "wsus-topology-editor");

    private final String label;
    private final List<String> command;

    private ValidateProcess(String label, List<String> command) {
        this.label = label;
        this.command = command;
    }

    /** The packaged jar under this JVM's launcher, when both can be found. */
    static Optional<ValidateProcess> jar() {
        if (!Files.isRegularFile(JAR)) return Optional.empty();
        return ProcessHandle.current().info().command()
                .map(java -> new ValidateProcess("java -jar", List.of(java, "-jar", JAR.toString())));
    }

    /** The launchers of the app image in {@code dist} that exist, in the layout of Linux, Windows or macOS. */
    static List<ValidateProcess> imageLaunchers(Path dist) {
        List<ValidateProcess> found = new ArrayList<>();
        for (String name : LAUNCHERS) {
            for (Path launcher : List.of(dist.resolve("wsus-topology").resolve("bin").resolve(name),
                    dist.resolve("wsus-topology").resolve(name + ".exe"),
                    dist.resolve("wsus-topology.app").resolve("Contents").resolve("MacOS").resolve(name))) {
                if (Files.isExecutable(launcher)) {
                    found.add(new ValidateProcess("image " + name, List.of(launcher.toString())));
                    break;
                }
            }
        }
        return found;
    }

    /** How the benchmark row names this process. */
    String label() { return label; }

    /** Wall-clock milliseconds of one run; its findings are read and thrown away like a pipeline's log. */
    double millis(Path plan) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("validate", plan.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(args)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (code > 1) throw new IOException(label + " validate " + plan + " exited with " + code);
        return millis;
    }
}
