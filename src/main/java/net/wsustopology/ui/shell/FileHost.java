package net.wsustopology.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import net.wsustopology.document.DocumentSession;
import net.wsustopology.document.Workspace;

/** What the File menu asks of the application: windows for plans, and quitting. */
public interface FileHost {
    Workspace workspace();

    /** Shows {@code session} in {@code stage}, replacing its plan, or in a new window when stage is null. */
    EditorWindow show(DocumentSession session, Stage stage);

    /** The window already showing {@code file}, if one does. */
    Optional<EditorWindow> windowShowing(Path file);

    /** The window was closed after its plan was saved or deliberately discarded. */
    void closed(EditorWindow window);

    /** Asks every window about unsaved changes, {@code from} first, and exits unless the user cancels. */
    void quit(EditorWindow from);
}
