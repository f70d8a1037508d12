package net.wsustopology.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import net.wsustopology.diff.Difference;
import net.wsustopology.diff.PlanDiff;
import net.wsustopology.model.Observed;

/** The {@code diff --json} document of SPEC section 2. */
final class DiffJson {
    private DiffJson() { }

    static String of(String plannedFile, String actualFile, PlanDiff diff) {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setFormattingStyle(FormattingStyle.PRETTY.withIndent("  ").withNewline("\n"));
            out.setHtmlSafe(false);
            out.beginObject();
            out.name("planned").value(plannedFile);
            out.name("actual").value(actualFile);
            out.name("onlyPlanned").beginArray();
            for (Difference d : diff.differences()) if (d.kind() == Difference.Kind.ONLY_PLANNED) out.value(d.planned().id());
            out.endArray();
            out.name("onlyActual").beginArray();
            for (Difference d : diff.differences()) if (d.kind() == Difference.Kind.ONLY_ACTUAL) out.value(d.actual().getName());
            out.endArray();
            out.name("changed").beginArray();
            for (Difference d : diff.differences()) if (d.kind() == Difference.Kind.CHANGED) changed(d, out);
            out.endArray();
            out.name("observed").beginArray();
            for (Difference d : diff.differences()) {
                boolean first = d.kind() == Difference.Kind.UNREACHABLE
                        || (d.kind() == Difference.Kind.FAILED_SYNC && !d.actual().getObserved().isUnreachable());
                if (first) observed(d, out);
            }
            out.endArray();
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void changed(Difference d, JsonWriter out) throws IOException {
        out.beginObject();
        out.name("server").value(d.serverName());
        out.name("plannedId").value(d.planned().id());
        out.name("actualId").value(d.actual().id());
        out.name("setting").value(d.setting());
        value(out.name("planned"), d.plannedValue());
        value(out.name("actual"), d.actualValue());
        out.endObject();
    }

    private static void observed(Difference d, JsonWriter out) throws IOException {
        Observed o = d.actual().getObserved();
        out.beginObject();
        out.name("server").value(d.actual().getName());
        out.name("reachable").value(o.reachable());
        out.name("lastSyncResult").value(o.lastSyncResult());
        out.name("lastSyncUtc").value(o.lastSyncUtc());
        out.name("error").value(o.error());
        out.endObject();
    }

    private static void value(JsonWriter out, Object v) throws IOException {
        if (v == null) out.nullValue();
        else if (v instanceof Boolean b) out.value(b);
        else if (v instanceof Number n) out.value(n);
        else if (v instanceof List<?> list) {
            out.beginArray();
            for (Object item : list) value(out, item);
            out.endArray();
        } else out.value(v.toString());
    }
}
