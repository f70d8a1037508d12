package net.wsustopology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.dot");
        Files.writeString(file, "the good old output");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half of it".getBytes(StandardCharsets.UTF_8));
            throw new IOException("Input length = 1");
        }));
        assertEquals("Input length = 1", e.getMessage());
        assertEquals("the good old output", Files.readString(file));
        assertEquals(List.of("out.dot"), names());
    }

    @Test
    void temporaryFilesOfAKilledSaveAreRemovedAtTheNextSaveOfThatFileOnly() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(dir.resolve(".plan.json.3f9a0c1d2e4b5a6c.tmp"), "{ half");
        Files.writeString(dir.resolve(".plan.json.7.tmp"), "{ half");
        Files.writeString(dir.resolve(".other.json.3f9a0c1d2e4b5a6c.tmp"), "someone else's");
        Files.writeString(dir.resolve(".plan.json.notes.tmp"), "not ours");
        AtomicFile.writeText(file, "{}", AtomicFile.Links.FOLLOW);
        assertEquals(List.of(".other.json.3f9a0c1d2e4b5a6c.tmp", ".plan.json.notes.tmp", "plan.json"), names());
    }

    @Test
    void aLinkInsideAnOutputFolderIsReplacedNotWrittenThrough(@TempDir Path elsewhere) throws IOException {
        Path victim = elsewhere.resolve("victim.txt");
        Files.writeString(victim, "precious");
        Files.createSymbolicLink(dir.resolve("wsus01.ps1"), victim);
        Files.createSymbolicLink(dir.resolve("wsus02.ps1"), elsewhere.resolve("created-outside.txt"));
        AtomicFile.Folder folder = AtomicFile.folder(dir);
        folder.write("wsus01.ps1", out -> out.write('A'));
        folder.write("wsus02.ps1", out -> out.write('B'));
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.exists(elsewhere.resolve("created-outside.txt")), "a dangling link made no file outside the folder");
        assertFalse(Files.isSymbolicLink(dir.resolve("wsus01.ps1")));
        assertEquals("A", Files.readString(dir.resolve("wsus01.ps1")));
        assertEquals("B", Files.readString(dir.resolve("wsus02.ps1")));
        assertThrows(IOException.class, () -> folder.write("../escape.ps1", out -> out.write('C')));
    }

    @Test
    void aFileTheUserNamedThroughALinkIsReplacedAtTheLinksTarget(@TempDir Path elsewhere) throws IOException {
        Path real = elsewhere.resolve("plan.wsus.json");
        Files.writeString(real, "old");
        Path link = dir.resolve("plan.wsus.json");
        Files.createSymbolicLink(link, real);
        AtomicFile.writeText(link, "new", AtomicFile.Links.FOLLOW);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("plan.wsus.json"), names());
    }

    @Test
    void aReplacedFileKeepsItsPermissionsOwnerAndGroup() throws IOException {
        Path file = dir.resolve("plan.wsus.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        UserPrincipal nobody = null;
        try {
            nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            view.setOwner(nobody);
        } catch (IOException notRootOrNoSuchUser) {
            nobody = null;
        }
        UserPrincipal owner = view.getOwner();
        AtomicFile.writeText(file, "new", AtomicFile.Links.FOLLOW);
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(owner, Files.getOwner(file, LinkOption.NOFOLLOW_LINKS));
        if (nobody != null) assertEquals(nobody, Files.getOwner(file));
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItIs() throws IOException {
        Path file = dir.resolve("plan.wsus.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.writeText(file, "new", AtomicFile.Links.FOLLOW));
        assertEquals("the file is read-only", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("plan.wsus.json"), names());
    }

    @Test
    void aFolderIsNotReplacedByAFile() throws IOException {
        Files.createDirectory(dir.resolve("out.svg"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.writeText(dir.resolve("out.svg"), "x", AtomicFile.Links.FOLLOW));
        assertEquals("it is a folder", e.getMessage());
        Files.writeString(dir.resolve("afile"), "");
        assertEquals("it is a file, not a folder", assertThrows(IOException.class, () -> AtomicFile.folder(dir.resolve("afile"))).getMessage());
    }
}
