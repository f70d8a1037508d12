package net.wsustopology.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.stage.Stage;
import net.wsustopology.document.Document;
import net.wsustopology.ui.EditorWindow;

/**
 * The desktop editor. The first argument, if any, names the plan to open; how a path becomes a
 * {@link Document} is {@link #documentFactory} (null path: File > New), set by the launcher.
 */
public class EditorApp extends Application {
    /** Opens a plan file, or makes a new plan for a null path. Replaced by the file-loading wiring. */
    public static volatile Function<Path, Document> documentFactory = path -> NewPlan.create();

    public static void launchEditor(String[] args) {
        Application.launch(EditorApp.class, args);
    }

    public static void main(String[] args) { launchEditor(args); }

    @Override public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        openWindow(stage, documentFactory.apply(file)).show();
    }

    /** A window on {@code document}; its File > New opens another window on a new plan. */
    public static EditorWindow openWindow(Stage stage, Document document) {
        return new EditorWindow(stage, document, () -> openWindow(new Stage(), documentFactory.apply(null)).show());
    }
}
