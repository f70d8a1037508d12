package net.wsustopology.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.validation.Finding;
import net.wsustopology.validation.ValidationContext;
import net.wsustopology.validation.Validator;

/**
 * A whole-plan validation for a one-off command: a big plan is checked in consecutive slices on
 * every core at once. A short-lived process runs most of a pass before the JIT compiler has
 * caught up, so a second core halves the slowest part of {@code validate} on a big plan. The
 * findings are the same, in the same order, as {@link Validator#validate}: each slice has its
 * own context, whose memos depend only on the plan; the plan's hierarchy is completed first, so
 * the threads only read it.
 */
final class SplitValidation {
    /** Below this size a single pass is over before a second thread would help. */
    static final int MIN_SERVERS = 4_000;

    private SplitValidation() { }

    static List<Finding> validate(Validator validator, Topology topology) {
        int slices = Math.min(Runtime.getRuntime().availableProcessors(), 4);
        if (slices < 2 || topology.size() < MIN_SERVERS) return validator.validate(topology);
        return validate(validator, topology, slices);
    }

    static List<Finding> validate(Validator validator, Topology topology, int slices) {
        List<Server> servers = topology.servers();
        topology.hierarchy().complete(); // the slices then only read the shared tree facts
        ExecutorService pool = Executors.newFixedThreadPool(slices - 1, r -> {
            Thread t = new Thread(r, "validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Finding>>> others = new ArrayList<>();
            int size = servers.size();
            for (int i = 1; i < slices; i++) {
                List<Server> slice = servers.subList(size * i / slices, size * (i + 1) / slices);
                others.add(pool.submit(() -> check(validator, topology, slice)));
            }
            List<Finding> findings = check(validator, topology, servers.subList(0, size / slices));
            for (Future<List<Finding>> f : others) findings.addAll(f.get());
            return findings;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Finding> check(Validator validator, Topology topology, List<Server> slice) {
        ValidationContext context = new ValidationContext(topology);
        List<Finding> findings = new ArrayList<>();
        for (Server s : slice) validator.check(s, context, findings);
        return findings;
    }
}
