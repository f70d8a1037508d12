package net.wsustopology.export.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.wsustopology.io.AtomicFile;

/**
 * {@code Get-WsusHierarchy.ps1}: the read-only script that collects a live WSUS hierarchy into a
 * topology file (with {@code observed} facts per server), for {@code diff} against a plan. The
 * script is a fixed text kept as a resource beside this class; it is written like the apply
 * scripts, with CRLF line ends and a byte order mark.
 */
public final class CollectorScript {
    public static final String FILE_NAME = "Get-WsusHierarchy.ps1";

    private CollectorScript() { }

    /** The script's text, with \n line ends. */
    public static String text() {
        try (InputStream in = CollectorScript.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) throw new IllegalStateException(FILE_NAME + " is missing from the program's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the script into {@code dir} (created if needed) and returns its path. */
    public static Path write(Path dir) throws IOException {
        return ScriptWriter.writeWindowsText(AtomicFile.folder(dir), FILE_NAME, text(), true);
    }
}
