package net.wsustopology.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Open and save choosers for topology files, starting in the folder used last. */
public class FileDialogs {
    public static final String EXTENSION = ".wsus.json";
    private Path lastFolder;

    /** Makes every window's File menu use {@code dialogs} from now on (tests answer without native dialogs). */
    public static void useForAllWindows(FileDialogs dialogs) { SharedFolder.use(dialogs); }

    /** The dialogs every window uses (a test's replacement once set). */
    public static FileDialogs shared() { return SharedFolder.dialogs(); }

    public Path lastFolder() { return lastFolder; }


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

    public Path chooseCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import servers from CSV");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        startIn(chooser);
        return remember(chooser.showOpenDialog(owner));
    }

    /** A file to export to; the chosen filter's extension is added when the name has none of them. */
    public Path chooseExport(Window owner, String suggestedName, List<String> extensions, String selected) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export plan");
        for (String ext : extensions) {
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT) + " (*." + ext + ")", "*." + ext);
            chooser.getExtensionFilters().add(filter);
            if (ext.equals(selected)) chooser.setSelectedExtensionFilter(filter);
        }
        chooser.setInitialFileName(suggestedName + "." + selected);
        startIn(chooser);
        Path chosen = remember(chooser.showSaveDialog(owner));
        if (chosen == null) return null;
        String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : extensions) if (name.endsWith("." + ext)) return chosen;
        return chosen.resolveSibling(chosen.getFileName() + "." + selected);
    }

    public Path chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && Files.isDirectory(lastFolder)) chooser.setInitialDirectory(lastFolder.toFile());
        File dir = chooser.showDialog(owner);
        if (dir == null) return null;
        lastFolder = dir.toPath();
        return lastFolder;
    }

    private void startIn(FileChooser chooser) {
        if (lastFolder != null && Files.isDirectory(lastFolder)) chooser.setInitialDirectory(lastFolder.toFile());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("WSUS topology (*.wsus.json)", "*.wsus.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        startIn(chooser);
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
