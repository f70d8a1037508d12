package net.wsustopology.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code export PLAN --to OUT} of the packaged jar as a process of its own with a fixed
 * heap (issue 23: a 200,000-server SVG and PDF within 1 GB): a run that does not fit fails the
 * row, as `export` then exits 2 with its sentence about memory.
 */
final class HeapLimitedExport {
    static final String HEAP = "-Xmx1g";

    private final List<String> command;

    private HeapLimitedExport(List<String> command) { this.command = command; }

    /** The packaged jar under this JVM's launcher, when both can be found. */
    static Optional<HeapLimitedExport> jar() {
        if (!Files.isRegularFile(ValidateProcess.JAR)) return Optional.empty();
        return ProcessHandle.current().info().command()
                .map(java -> new HeapLimitedExport(List.of(java, HEAP, "-Djava.awt.headless=true", "-jar", ValidateProcess.JAR.toString())));
    }

    /** Exports {@code plan} to {@code out}; throws with what the process printed when it fails. */
    void run(Path plan, Path out) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("export", plan.toString(), "--to", out.toString()));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        if (code != 0) throw new IOException("export " + plan.getFileName() + " with " + HEAP + " exited with " + code + ": " + output.strip());
    }
}
