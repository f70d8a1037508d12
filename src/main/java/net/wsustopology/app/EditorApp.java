package net.wsustopology.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import net.wsustopology.document.Document;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Workspace;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.SameFile;
import net.wsustopology.io.workspace.RecoveryEntry;
import net.wsustopology.io.workspace.RecoveryStore;
import net.wsustopology.io.workspace.UserSettings;
import net.wsustopology.ui.files.Dialogs;
import net.wsustopology.ui.files.RecoveryDialog;
import net.wsustopology.ui.files.SystemTheme;
import net.wsustopology.ui.shell.EditorWindow;
import net.wsustopology.ui.shell.FileHost;
import net.wsustopology.ui.shell.FileMenu;
import net.wsustopology.ui.shell.WindowPlacement;

/**
 * The desktop editor: one window per open plan, the File menu of each wired to this host,
 * autosave copies every 30 seconds while a plan has unsaved changes, and the offer to recover
 * them after a crash. The first argument, if any, names the plan to open.
 */
public class EditorApp extends Application implements FileHost {
    /** Seconds between autosaves; the system property {@code wsus.autosave.seconds} overrides it (tests). */
    static final double AUTOSAVE_SECONDS = Double.parseDouble(System.getProperty("wsus.autosave.seconds", "30"));

    private final Map<EditorWindow, Open> windows = new LinkedHashMap<>();
    private Workspace workspace;
    private Timeline autosave;

    private record Open(DocumentSession session, FileMenu menu) { }

    public static void launchEditor(String[] args) { Application.launch(EditorApp.class, args); }

    public static void main(String[] args) { launchEditor(args); }

    @Override public void start(Stage stage) {
        start(stage, Workspace.forCurrentUser(), getParameters().getRaw());
    }

    /** Starts with an explicit workspace (tests give each run its own folder). */
    public void start(Stage stage, Workspace workspace, List<String> args) {
        this.workspace = workspace;
        // start-up dialogs (recovery, a file that cannot be opened) come before any editor window:
        // closing them must not end the application
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        List<DocumentSession> sessions = new ArrayList<>(recoverCrashedPlans(stage));
        if (!args.isEmpty()) openArgumentOnce(Path.of(args.get(0)), sessions);
        if (sessions.isEmpty()) sessions.add(DocumentSession.newPlan(workspace));
        show(sessions.get(0), stage);
        for (DocumentSession s : sessions.subList(1, sessions.size())) show(s, null);
        Platform.setImplicitExit(implicitExit);
        autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS), e -> autosaveAll()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** The file named on the command line; when a recovered plan is that file, it is shown (last, so in front) instead. */
    private void openArgumentOnce(Path file, List<DocumentSession> sessions) {
        Optional<DocumentSession> recovered = sessions.stream().filter(s -> SameFile.test(s.document().file(), file)).findFirst();
        if (recovered.isPresent()) {
            sessions.remove(recovered.get());
            sessions.add(recovered.get());
        } else {
            openArgument(file).ifPresent(sessions::add);
        }
    }

    private Optional<DocumentSession> openArgument(Path file) {
        try {
            return Optional.of(DocumentSession.open(file, workspace));
        } catch (FormatException e) {
            Dialogs.cannotOpen(null, "Cannot open plan", file, e);
            return Optional.empty();
        } catch (Exception e) {
            Dialogs.error(null, "Cannot open plan", file.getFileName() + " could not be opened.", e.getMessage());
            return Optional.empty();
        }
    }

    /** Offers the copies of editors that are no longer running; copies left undecided stay for the next start. */
    private List<DocumentSession> recoverCrashedPlans(Stage owner) {
        RecoveryStore recovery = workspace.recovery();
        List<DocumentSession> recovered = new ArrayList<>();
        try {
            List<RecoveryEntry> entries = recovery.claimOrphans();
            if (entries.isEmpty()) return recovered;
            Optional<RecoveryDialog.Choice> choice = RecoveryDialog.ask(null, entries);
            if (choice.isEmpty()) return recovered;
            for (RecoveryEntry e : choice.get().discard()) recovery.discard(e);
            for (RecoveryEntry e : choice.get().recover()) {
                try {
                    recovered.add(DocumentSession.recover(e, workspace));
                } catch (Exception failure) {
                    Dialogs.error(null, "Recovery failed", "The autosaved copy of " + e.planName() + " could not be read.",
                            failure.getMessage() + "\nThe copy is kept in " + e.copy().getParent() + ".");
                }
            }
            return recovered;
        } finally {
            recovery.releaseClaims();
        }
    }

    /** Writes a recovery copy of every plan with changes since its last copy. */
    public void autosaveAll() {
        for (Open open : windows.values()) {
            try {
                open.session().autosaveIfNeeded();
            } catch (IOException e) {
                // the next tick tries again; the user's own file is never touched by autosave
            }
        }
    }

    /** Also after a quit: the autosave stops before this editor's recovery lock is given back. */
    @Override public void stop() {
        if (autosave != null) autosave.stop();
        if (workspace != null) workspace.recovery().close();
    }

    @Override public Workspace workspace() { return workspace; }

    @Override public EditorWindow show(DocumentSession session, Stage stage) {
        Stage target = stage == null ? new Stage() : stage;
        Stage last = windows.isEmpty() ? null : List.copyOf(windows.keySet()).get(windows.size() - 1).stage();
        windows.entrySet().removeIf(e -> e.getKey().stage() == target);
        EditorWindow window = new EditorWindow(target, session.document(), () -> show(DocumentSession.newPlan(workspace), null));
        if (stage == null) WindowPlacement.cascade(target, last);
        FileMenu menu = new FileMenu(window, session, this);
        menu.install();
        UserSettings settings = workspace.settings();
        window.darkProperty().set(SystemTheme.isDark(settings.theme()));
        window.darkProperty().addListener((o, was, dark) -> rememberTheme(dark));
        windows.put(window, new Open(session, menu));
        window.show();
        return window;
    }

    @Override public Optional<EditorWindow> windowShowing(Path file) {
        return windows.keySet().stream().filter(w -> SameFile.test(w.document().file(), file)).findFirst();
    }

    private void rememberTheme(boolean dark) {
        UserSettings settings = workspace.settings();
        if (settings.theme() == UserSettings.ThemeChoice.SYSTEM && dark == SystemTheme.isDark(settings.theme())) return;
        settings.setTheme(dark ? UserSettings.ThemeChoice.DARK : UserSettings.ThemeChoice.LIGHT);
        try {
            settings.save();
        } catch (IOException e) {
            // a theme that is not remembered is no reason to interrupt the user
        }
    }

    @Override public void closed(EditorWindow window) {
        Open open = windows.remove(window);
        if (open != null && !open.session().document().isDirty()) open.session().discardRecovery();
    }

    /** Asks about the window quit from first, then the others in the order they opened. */
    @Override public void quit(EditorWindow from) {
        List<Open> asked = new ArrayList<>(windows.values());
        asked.sort(Comparator.comparing(open -> windows.get(from) != open));
        for (Open open : asked) {
            if (!open.menu().commands().confirmDiscardOrSave("quitting")) return;
        }
        for (Open open : windows.values()) if (!open.session().document().isDirty()) open.session().discardRecovery();
        windows.clear();
        if (autosave != null) autosave.stop();
        Platform.exit();
    }

    /** A window on {@code document} without file handling (previews and canvas tests). */
    public static EditorWindow openWindow(Stage stage, Document document) {
        return new EditorWindow(stage, document, () -> { });
    }

    /** Open windows and their plans, for tests. */
    public List<EditorWindow> windows() { return List.copyOf(windows.keySet()); }

    public DocumentSession sessionOf(EditorWindow window) { return windows.get(window).session(); }
}
