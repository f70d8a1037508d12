package net.wsustopology.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every file the product writes goes through here: the content goes to a temporary file beside
 * the target and is then moved into place, so a failed or killed write leaves the old file whole.
 * A replaced file keeps its permissions, owner and group; a read-only file is refused.
 * Temporary files a killed write left behind are removed the next time that file is written.
 */
public final class AtomicFile {
    /** Streams the content; the stream is buffered and closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What happens when the target is a symbolic link. */
    public enum Links {
        /** A file the user named: the link's target is replaced (atomically, beside the target). */
        FOLLOW,
        /** A file inside an output folder: the link itself is replaced, nothing is written where it points. */
        REPLACE
    }

    private static final String TEMP_SUFFIX = ".tmp";
    private static final int MAX_LINKS = 40;

    private AtomicFile() { }

    /** Writes a file the user named (following a symbolic link to its target). */
    public static void write(Path file, Content content) throws IOException {
        write(file, Links.FOLLOW, content);
    }

    public static void writeText(Path file, String text, Links links) throws IOException {
        write(file, links, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path file, Links links, Content content) throws IOException {
        Path target = links == Links.FOLLOW ? linkTarget(file.toAbsolutePath()) : file.toAbsolutePath();
        removeStaleTemporaries(target);
        writeUnchecked(target, content);
    }

    /**
     * Writes many files into one folder: stale temporary files are looked for once, and a
     * symbolic link already in the folder is replaced, never written through.
     */
    public static final class Folder {
        private final Path dir;

        private Folder(Path dir) { this.dir = dir; }

        public Path dir() { return dir; }

        /** Writes {@code name} (a plain file name) into the folder. */
        public Path write(String name, Content content) throws IOException {
            Path file = dir.resolve(name);
            if (!dir.equals(file.getParent())) throw new IOException("'" + name + "' is not a plain file name");
            writeUnchecked(file, content);
            return file;
        }
    }

    /** Creates {@code dir} if needed and removes the temporary files killed writes left in it. */
    public static Folder folder(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) throw new IOException("it is a file, not a folder");
        Files.createDirectories(absolute);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute, ".*" + TEMP_SUFFIX)) {
            for (Path p : entries) if (isTemporaryName(p.getFileName().toString(), null)) Files.deleteIfExists(p);
        }
        return new Folder(absolute);
    }

    /** The file a chain of symbolic links ends at (which need not exist yet). */
    static Path linkTarget(Path file) throws IOException {
        Path p = file;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isSymbolicLink(p)) throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
        return p;
    }

    private static void writeUnchecked(Path target, Content content) throws IOException {
        PosixFileAttributes kept = existing(target);
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                content.writeTo(out);
            }
            if (kept != null) keep(kept, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The attributes of the file about to be replaced (null when there is none or it is a link); refuses read-only files and folders. */
    private static PosixFileAttributes existing(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw new IOException("it is a folder");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) return null;
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            if (!Files.isWritable(target)) throw new ReadOnlyFileException(target);
            return null;
        }
        PosixFileAttributes attributes = view.readAttributes();
        if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) throw new ReadOnlyFileException(target);
        return attributes;
    }

    private static void keep(PosixFileAttributes old, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(old.permissions());
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException | SecurityException notAllowed) {
            // only the owner of the file (or root) may hand it to someone else; the permissions are what protect it
        }
    }

    private static void removeStaleTemporaries(Path target) throws IOException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) return;
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globQuoted(name) + ".*" + TEMP_SUFFIX)) {
            for (Path p : entries) if (isTemporaryName(p.getFileName().toString(), name)) Files.deleteIfExists(p);
        }
    }

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    /** True for the names this class gives temporary files (of {@code target}, when not null). */
    static boolean isTemporaryName(String fileName, String target) {
        if (!TEMPORARY.matcher(fileName).matches()) return false;
        if (target == null) return true;
        String middle = fileName.substring(1, fileName.length() - TEMP_SUFFIX.length());
        return middle.startsWith(target + ".") && middle.substring(target.length() + 1).matches("[0-9a-f]{1,16}");
    }

    private static String globQuoted(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        for (char c : name.toCharArray()) {
            if ("\\*?[]{}".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
