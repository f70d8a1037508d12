package net.wsustopology.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class's main in a Java process of its own with a heap of a given size: whether something fits is then a fact, not a guess. */
public final class SmallHeap {
    /** The exit code and everything the process printed. */
    public record Result(int exitCode, String output) { }

    private SmallHeap() { }

    public static Result run(int heapMegabytes, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) p.destroyForcibly();
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
