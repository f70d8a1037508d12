package net.wsustopology.io.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock on {@code editor.lock} in one recovery folder. A running editor holds the lock of its
 * own folder for as long as it runs; the operating system drops it when the process ends, in a
 * crash too, so a lock that can be taken belongs to an editor that is gone.
 */
final class EditorLock {
    static final String FILE_NAME = "editor.lock";
    /**
     * Lock files held in this JVM. Asked before opening a channel because on some systems closing
     * any channel of a file drops every lock the process holds on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path file;
    private final FileChannel channel;
    private boolean released;

    private EditorLock(Path folder, Path file, FileChannel channel) {
        this.folder = folder;
        this.file = file;
        this.channel = channel;
    }

    /** Creates the folder if needed and locks it; empty when a running editor holds the lock. */
    static Optional<EditorLock> tryAcquire(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!HELD.add(file)) return Optional.empty();
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) return Optional.of(new EditorLock(folder, file, channel));
            channel.close();
            HELD.remove(file);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            HELD.remove(file);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    Path folder() { return folder; }

    /** Gives the lock back. The file stays: it can be deleted only once its channel is closed (Windows). */
    synchronized void release() {
        if (released) return;
        released = true;
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel or with the process; nothing to do
        } finally {
            HELD.remove(file);
        }
    }
}
