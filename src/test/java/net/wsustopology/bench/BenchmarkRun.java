package net.wsustopology.bench;

import org.junit.jupiter.api.Test;

/**
 * Not a test: the entry point {@code mvn -Pbench verify} runs through surefire, so the benchmarks
 * get the test classpath and the headless toolkit settings. The normal build never runs it (its
 * name does not end in Test). {@code -Dbench.args=--editor-only} skips the model benchmarks.
 */
class BenchmarkRun {
    @Test
    void runEveryBenchmark() throws Exception {
        String args = System.getProperty("bench.args", "").trim();
        AllBenchmarks.main(args.isEmpty() ? new String[0] : args.split("\\s+"));
    }
}
