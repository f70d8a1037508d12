package net.wsustopology.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import net.wsustopology.validation.Finding;

/** The {@code validate --json} document of SPEC section 2. */
final class ValidationJson {
    private ValidationJson() { }

    static String of(List<FileReport> reports) {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setFormattingStyle(FormattingStyle.PRETTY.withIndent("  ").withNewline("\n"));
            out.setHtmlSafe(false);
            out.beginObject().name("files").beginArray();
            for (FileReport r : reports) write(r, out);
            out.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(FileReport r, JsonWriter out) throws IOException {
        out.beginObject();
        out.name("file").value(r.file());
        if (r.failed()) {
            out.name("error").value(r.error());
        } else {
            out.name("servers").value(r.servers());
            out.name("issues").beginArray();
            for (Finding f : r.issues()) {
                out.beginObject();
                out.name("rule").value(f.ruleId());
                out.name("severity").value(f.severity().code());
                out.name("server").value(f.serverId());
                out.name("message").value(f.message());
                out.name("related").beginArray();
                for (String id : f.related()) out.value(id);
                out.endArray();
                out.endObject();
            }
            out.endArray();
        }
        out.endObject();
    }
}
