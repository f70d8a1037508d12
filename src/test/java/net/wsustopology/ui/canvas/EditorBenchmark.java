package net.wsustopology.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import net.wsustopology.app.EditorApp;
import net.wsustopology.bench.BenchReport;
import net.wsustopology.bench.Benchmarks;
import net.wsustopology.bench.Measurement;
import net.wsustopology.bench.PlanGenerator;
import net.wsustopology.document.Document;
import net.wsustopology.model.Position;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;
import net.wsustopology.ui.shell.EditorWindow;

/**
 * The editor's timings on generated plans, headless (Monocle, software rendering): time from
 * starting to build the window on a plan until its first frame, and the cost of each frame while
 * a card is dragged through the canvas's own mouse handlers. Not a test: run by
 * {@code mvn -Pbench verify} through {@code net.wsustopology.bench.AllBenchmarks}.
 */
public final class EditorBenchmark {
    public static final int[] SIZES = {1_000, 2_000, 5_000};
    private static final int OPENS = 5;
    private static final int DRAG_FRAMES = 120;

    private final BenchReport report;

    private EditorBenchmark(BenchReport report) { this.report = report; }

    /** Monocle headless settings (as the surefire configuration), unless the command line chose others. */
    public static void useHeadlessToolkitUnlessConfigured() {
        String[][] defaults = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"prism.text", "t2k"}, {"java.awt.headless", "true"}, {"headless.geometry", "1920x1200-32"},
                {"java.util.prefs.userRoot", "target/bench-prefs"}, {"wsus.appdata", "target/bench-appdata"}};
        for (String[] d : defaults) if (System.getProperty(d[0]) == null) System.setProperty(d[0], d[1]);
    }

    public static void run(int[] sizes, BenchReport report) throws Exception {
        useHeadlessToolkitUnlessConfigured();
        CompletableFuture<Void> started = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        report.add(Measurement.millis("editor: JavaFX toolkit startup", 0, new double[] {(System.nanoTime() - start) / 1e6}));
        Platform.setImplicitExit(false);
        EditorBenchmark bench = new EditorBenchmark(report);
        // the very first window also pays for loading the editor's classes and parsing the stylesheets
        int biggest = sizes[sizes.length - 1];
        Opened first = bench.openOnce(biggest);
        onFx(() -> first.window.stage().close());
        report.add(Measurement.millis("editor: open to first frame, first window", biggest, new double[] {first.millis}));
        for (int n : sizes) bench.run(n);
        SummaryBenchmark.run(report);
        Platform.exit();
    }

    private record Opened(EditorWindow window, double millis) { }

    private void run(int n) throws Exception {
        System.out.println("editor on " + n + " servers...");
        double[] open = new double[OPENS];
        for (int i = 0; i < OPENS; i++) {
            Opened o = openOnce(n);
            open[i] = o.millis;
            if (i < OPENS - 1) onFx(() -> o.window.stage().close());
            else drag(o.window, n);
        }
        report.add(Measurement.millis("editor: open to first frame", n, open));
    }

    /** Builds a window on a freshly generated plan and waits for its first frame. */
    private Opened openOnce(int n) throws Exception {
        Topology topology = PlanGenerator.generate(n, Benchmarks.SEED);
        CompletableFuture<Opened> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            EditorWindow window = EditorApp.openWindow(new Stage(), new Document(topology, null));
            window.show();
            afterFirstFrame(window.stage().getScene(), () -> done.complete(new Opened(window, (System.nanoTime() - start) / 1e6)));
        });
        return done.get(120, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code then} at the start of the pulse after the first one that laid out the shown
     * window: the toolkit starts a pulse only once the previous frame is rendered.
     */
    static void afterFirstFrame(Scene scene, Runnable then) {
        boolean[] laidOut = {false};
        Runnable onLayout = () -> laidOut[0] = scene.getWindow().isShowing();
        scene.addPostLayoutPulseListener(onLayout);
        new AnimationTimer() {
            @Override public void handle(long now) {
                if (!laidOut[0]) return;
                stop();
                scene.removePostLayoutPulseListener(onLayout);
                then.run();
            }
        }.start();
    }

    /**
     * Presses on a card near the top, drags it {@value #DRAG_FRAMES} frames long one step per
     * pulse, and releases it (one undoable move). Reports the work of each pulse (mouse handling,
     * CSS and layout, measured to the end of layout) and the interval between pulses, which
     * includes rendering: 16.7 ms means the canvas keeps 60 frames per second.
     */
    private void drag(EditorWindow window, int n) throws Exception {
        TopologyCanvas canvas = window.canvas();
        Topology topology = window.document().topology();
        Server card = firstShownRoot(canvas, topology);
        Pane world = (Pane) ((Pane) canvas.scrollPane().getContent()).getChildren().get(0);
        Scene scene = window.stage().getScene();
        Point2D[] start = new Point2D[1];
        onFx(() -> {
            Position p = canvas.positionOf(card);
            start[0] = world.localToScene(p.x(), p.y());
            fire(world, MouseEvent.MOUSE_PRESSED, start[0], 0);
        });
        Frames idle = frames(scene, 60, frame -> { });
        Frames dragging = frames(scene, DRAG_FRAMES, frame -> fire(world, MouseEvent.MOUSE_DRAGGED, step(start[0], frame), 1));
        onFx(() -> fire(world, MouseEvent.MOUSE_RELEASED, step(start[0], DRAG_FRAMES), 0));
        onFx(() -> window.stage().close());
        report.add(Measurement.millis("editor: idle frame interval", n, toArray(idle.intervals)));
        report.add(Measurement.millis("editor: drag, work per frame", n, toArray(dragging.work)));
        report.add(Measurement.millis("editor: drag, frame interval", n, toArray(dragging.intervals)));
    }

    record Frames(List<Double> work, List<Double> intervals) { }

    interface FrameStep { void run(int frame); }

    /**
     * Runs {@code step} at the start of {@code count} pulses. Work is from the start of a pulse to
     * the end of its layout; the interval from one pulse's start to the next one's.
     */
    static Frames frames(Scene scene, int count, FrameStep step) throws Exception {
        List<Double> work = new ArrayList<>();
        List<Double> intervals = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        long[] started = {0, 0};
        Runnable onLayout = () -> { if (started[0] != 0) work.add((System.nanoTime() - started[0]) / 1e6); };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(onLayout);
            new AnimationTimer() {
                int frame;
                @Override public void handle(long now) {
                    long t = System.nanoTime();
                    if (started[1] != 0) intervals.add((t - started[1]) / 1e6);
                    started[1] = t;
                    if (frame == count) {
                        stop();
                        scene.removePostLayoutPulseListener(onLayout);
                        done.complete(null);
                        return;
                    }
                    started[0] = t;
                    step.run(++frame);
                }
            }.start();
        });
        done.get(120, TimeUnit.SECONDS);
        return new Frames(work, intervals);
    }

    /** Right and in a zigzag down, so the card crosses other cards and the drop-target highlight changes. */
    private static Point2D step(Point2D start, int frame) {
        return start.add(frame * 3.0, (frame % 40 < 20 ? frame % 20 : 20 - frame % 20) * 4.0);
    }

    private static Server firstShownRoot(TopologyCanvas canvas, Topology topology) throws Exception {
        CompletableFuture<Server> found = new CompletableFuture<>();
        Platform.runLater(() -> {
            for (Server s : topology.servers()) {
                if (canvas.nodeHasStyleClass(s, "server-node")) {
                    found.complete(s);
                    return;
                }
            }
            found.completeExceptionally(new IllegalStateException("no card is shown"));
        });
        return found.get(30, TimeUnit.SECONDS);
    }

    private static void fire(Node target, EventType<MouseEvent> type, Point2D scenePoint, int clicks) {
        Point2D screen = target.getScene().getWindow() == null ? scenePoint
                : scenePoint.add(target.getScene().getWindow().getX() + target.getScene().getX(),
                        target.getScene().getWindow().getY() + target.getScene().getY());
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Event.fireEvent(target, new MouseEvent(type, scenePoint.getX(), scenePoint.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, Math.max(1, clicks), false, false, false, false, down, false, false, true, false, false, null));
    }

    static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
