package net.wsustopology.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Open and save choosers for topology files, starting in the folder used last. */
public final class FileDialogs {
    public static final String EXTENSION = ".wsus.json";
    private Path lastFolder;

    public Path lastFolder() { return lastFolder; }

    public void setLastFolder(Path folder) { this.lastFolder = folder; }

    public Path chooseOpen(Window owner) {
        FileChooser chooser = chooser("Open topology");
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    public Path chooseSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save topology as");
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        Path chosen = remember(file);
        if (chosen != null && !chosen.getFileName().toString().endsWith(".json")) {
            chosen = chosen.resolveSibling(chosen.getFileName() + EXTENSION);
        }
        return chosen;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("WSUS topology (*.wsus.json)", "*.wsus.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) chooser.setInitialDirectory(lastFolder.toFile());
        return chooser;
    }

    private Path remember(File file) {
        if (file == null) return null;
        Path path = file.toPath();
        if (path.getParent() != null) lastFolder = path.getParent();
        return path;
    }

    /** A file name for a plan that was never saved: its name, made safe for every file system. */
    public static String suggestedFileName(String planName) {
        String base = planName == null || planName.isBlank() ? "plan" : planName.trim();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        return base + EXTENSION;
    }
}
