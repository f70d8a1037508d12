package net.wsustopology.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.wsustopology.model.Topology;

/** Loads and saves topology files ({@code *.wsus.json}, SPEC section 1). */
public final class TopologyFiles {
    private static final WriterFactory UTF8_FILE = out -> new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);

    private TopologyFiles() { }

    /** Reads a plan; the file name in error messages is the path as given. */
    public static Topology load(Path file) throws FormatException, IOException {
        String name = file.toString();
        try {
            return read(PlanText.of(file), name, Migrations.BUILT_IN);
        } catch (JsonInput.NotUtf8 | CharacterCodingException e) {
            FormatException exact = Utf8Text.firstError(Files.readAllBytes(file), name);
            throw exact != null ? exact : new FormatException(name, 0, 0, null, "expected UTF-8 text");
        }
    }

    /** Parses a plan's text; {@code fileName} names it in error messages. A leading BOM is accepted. */
    public static Topology parse(String json, String fileName) throws FormatException {
        return read(json, fileName, Migrations.BUILT_IN);
    }

    static Topology read(String json, String fileName, Migrations migrations) throws FormatException {
        try {
            return read(PlanText.of(json), fileName, migrations);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static Topology read(PlanText text, String fileName, Migrations migrations) throws FormatException, IOException {
        return new TopologyReader(migrations).read(text, fileName);
    }

    /** The text {@link #save} writes: UTF-8 JSON with LF line ends and a final newline. */
    public static String toJson(Topology t) {
        StringWriter text = new StringWriter();
        try {
            TopologyWriter.write(t, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Saves atomically ({@link AtomicFile}): the file is either the old plan or the complete new
     * one, never half of it; a symbolic link is written through to its target.
     */
    public static void save(Topology t, Path file) throws IOException {
        save(t, file, UTF8_FILE);
    }

    static void save(Topology t, Path file, WriterFactory writers) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = writers.open(out);
            TopologyWriter.write(t, w);
            w.flush();
        });
    }
}
