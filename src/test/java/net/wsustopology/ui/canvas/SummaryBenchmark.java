package net.wsustopology.ui.canvas;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import net.wsustopology.bench.BenchReport;
import net.wsustopology.bench.Benchmarks;
import net.wsustopology.bench.Measurement;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.diagram.DetailLevel;
import net.wsustopology.document.Document;
import net.wsustopology.model.Topology;

/**
 * Issue 28's timings on the canvas alone in a 1600 x 900 scene (headless, software rendering):
 * Fit on plans of 3,003 and 10,010 servers (3 or 10 roots x 10 hubs x 99 branches), and a zoom
 * gesture on the larger one from Fit in to 100 % and back out, one step per frame, which
 * crosses the summary level both ways: the work of each frame and the interval between frames
 * (16.7 ms keeps 60 frames per second). Run from {@link EditorBenchmark}.
 */
final class SummaryBenchmark {
    private static final double STEP = 1.06;
    private static final int FITS = 7;

    private SummaryBenchmark() { }

    static void run(BenchReport report) throws Exception {
        for (int roots : new int[] {3, 10}) {
            Topology t = PlanGenerator.hubs(roots, 10, 99, Benchmarks.SEED);
            TopologyCanvas canvas = show(t);
            Scene scene = canvas.getScene();
            double[] fit = new double[FITS];
            for (int i = 0; i < FITS; i++) {
                EditorBenchmark.onFx(canvas::zoomToActualSize);
                EditorBenchmark.Frames frames = EditorBenchmark.frames(scene, 2, frame -> { if (frame == 1) canvas.zoomToFit(); });
                fit[i] = frames.work().get(0);
            }
            report.add(Measurement.millis("canvas: Fit, hubs plan (work of its frame)", t.size(), fit));
            double[] zoomAtFit = {canvas.zoom()};
            report.add(new Measurement("canvas: fit zoom at 1600x900, hubs plan", t.size(), Measurement.ZOOM, zoomAtFit));
            if (roots == 10) zoomGesture(report, canvas, t.size());
            EditorBenchmark.onFx(() -> ((Stage) scene.getWindow()).close());
        }
    }

    private static TopologyCanvas show(Topology t) throws Exception {
        CompletableFuture<TopologyCanvas> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            TopologyCanvas canvas = new TopologyCanvas(new Document(t, null));
            Stage stage = new Stage();
            stage.setScene(new Scene(canvas, 1600, 900));
            stage.show();
            EditorBenchmark.afterFirstFrame(stage.getScene(), () -> shown.complete(canvas));
        });
        return shown.get(120, TimeUnit.SECONDS);
    }

    /**
     * From Fit in to 100 % and out again around the view's centre, one zoom step per frame; then,
     * as its baseline on the same plan, the same steps between the zoom where cards start to read
     * and 100 %, where no level changes: what the level switch itself costs is the difference.
     */
    private static void zoomGesture(BenchReport report, TopologyCanvas canvas, int n) throws Exception {
        EditorBenchmark.onFx(canvas::zoomToFit);
        gesture(report, canvas, n, canvas.zoom(), "across the summary level");
        gesture(report, canvas, n, DetailLevel.CARDS_READABLE, "above the summary level (baseline)");
    }

    private static void gesture(BenchReport report, TopologyCanvas canvas, int n, double from, String what) throws Exception {
        EditorBenchmark.onFx(() -> canvas.zoomAround(from, 800, 450));
        int in = (int) Math.ceil(Math.log(1 / from) / Math.log(STEP));
        EditorBenchmark.Frames frames = EditorBenchmark.frames(canvas.getScene(), 2 * in, frame -> {
            double z = from * Math.pow(STEP, frame <= in ? frame : 2 * in - frame);
            canvas.zoomAround(z, 800, 450);
        });
        report.add(Measurement.millis("canvas: zoom gesture " + what + ", work per frame", n, EditorBenchmark.toArray(frames.work())));
        report.add(Measurement.millis("canvas: zoom gesture " + what + ", frame interval", n, EditorBenchmark.toArray(frames.intervals())));
    }
}
