package net.wsustopology.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz {@code dot} when it is on the PATH, so our layout and SVG can be compared with it. */
final class Graphviz {
    static final long TIMEOUT_SECONDS = 120;

    private final Path dot;

    private Graphviz(Path dot) { this.dot = dot; }

    /** The {@code dot} on the PATH, if any. */
    static Optional<Graphviz> onPath() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : new String[] {"dot", "dot.exe"}) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(new Graphviz(candidate));
            }
        }
        return Optional.empty();
    }

    /** Milliseconds {@code dot -Tsvg} takes to lay out and draw {@code dotFile}, or null when it ran out of time. */
    Double timeSvg(Path dotFile, Path svgFile) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", svgFile.toString(), dotFile.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return null;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (p.exitValue() != 0) throw new IOException("dot failed with exit code " + p.exitValue() + " on " + dotFile);
        return millis;
    }
}
