package net.wsustopology.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Times {@code java -jar target/wsus-topology.jar validate FILE} as a whole process, start-up
 * included, which is what a CI pipeline waits for. Needs the packaged jar: {@code mvn -Pbench
 * verify} runs the benchmarks after {@code package}.
 */
final class ValidateProcess {
    static final Path JAR = Path.of("target", "wsus-topology.jar");

    private final String java;

    private ValidateProcess(String java) { this.java = java; }

    /** Present when the packaged jar and this JVM's launcher can be found. */
    static Optional<ValidateProcess> find() {
        if (!Files.isRegularFile(JAR)) return Optional.empty();
        return ProcessHandle.current().info().command().map(ValidateProcess::new);
    }

    /** Wall-clock milliseconds of one run; its findings are read and thrown away like a pipeline's log. */
    double millis(Path plan) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "validate", plan.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (code > 1) throw new IOException("validate " + plan + " exited with " + code);
        return millis;
    }
}
