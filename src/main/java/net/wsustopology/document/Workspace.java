package net.wsustopology.document;

import java.nio.file.Path;
import net.wsustopology.io.FormatException;
import net.wsustopology.io.TopologyFiles;
import net.wsustopology.io.workspace.AppDataDirectory;
import net.wsustopology.io.workspace.PlanCodec;
import net.wsustopology.io.workspace.RecentFiles;
import net.wsustopology.io.workspace.RecoveryStore;
import net.wsustopology.io.workspace.UserSettings;
import net.wsustopology.model.Topology;

/** The user's editor state outside any plan: recent files, settings and autosave copies. */
public final class Workspace {
    public static final PlanCodec TOPOLOGY_FORMAT = new PlanCodec() {
        @Override public String toJson(Topology topology) { return TopologyFiles.toJson(topology); }

        @Override public Topology parse(String json, String fileName) throws FormatException {
            return TopologyFiles.parse(json, fileName);
        }
    };

    private final Path directory;
    private final RecentFiles recentFiles;
    private final RecoveryStore recovery;
    private final UserSettings settings;

    public Workspace(Path directory) {
        this.directory = directory;
        this.recentFiles = new RecentFiles(directory.resolve("recent-files.txt"));
        this.recovery = new RecoveryStore(directory.resolve("recovery"), TOPOLOGY_FORMAT);
        this.settings = new UserSettings(directory.resolve("settings.properties"));
    }

    /** The workspace in the OS's application data folder. */
    public static Workspace forCurrentUser() { return new Workspace(AppDataDirectory.resolve()); }

    public Path directory() { return directory; }
    public RecentFiles recentFiles() { return recentFiles; }
    public RecoveryStore recovery() { return recovery; }
    public UserSettings settings() { return settings; }
}
