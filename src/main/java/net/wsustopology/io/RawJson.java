package net.wsustopology.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** Copies JSON values token by token: unknown members travel as raw text and are written back verbatim. */
final class RawJson {
    private RawJson() { }

    /** Reads the next value of {@code input} as compact JSON text. */
    static String read(JsonInput input) throws FormatException {
        StringWriter text = new StringWriter();
        JsonWriter out = new JsonWriter(text);
        out.setStrictness(Strictness.LENIENT);
        copyChecked(input, out);
        return text.toString();
    }

    private static void copyChecked(JsonInput input, JsonWriter out) throws FormatException {
        JsonReader in = input.reader();
        try {
            switch (input.peek()) {
                case BEGIN_OBJECT -> {
                    input.beginObject("an object");
                    out.beginObject();
                    MemberNames seen = new MemberNames();
                    while (input.hasNext()) {
                        out.name(input.nextName(seen));
                        copyChecked(input, out);
                    }
                    input.endObject();
                    out.endObject();
                }
                case BEGIN_ARRAY -> {
                    input.beginArray("a list");
                    out.beginArray();
                    while (input.hasNext()) copyChecked(input, out);
                    input.endArray();
                    out.endArray();
                }
                case STRING -> out.value(in.nextString());
                case NUMBER -> out.jsonValue(in.nextString());
                case BOOLEAN -> out.value(in.nextBoolean());
                case NULL -> { in.nextNull(); out.nullValue(); }
                default -> throw input.unexpected("a value");
            }
        } catch (IOException e) {
            throw input.translate(e);
        }
    }

    /** Writes raw JSON text produced by {@link #read} into {@code out}, formatted as {@code out} formats. */
    static void write(String raw, JsonWriter out) throws IOException {
        JsonReader in = new JsonReader(new StringReader(raw));
        in.setStrictness(Strictness.LENIENT);
        copy(in, out);
    }

    private static void copy(JsonReader in, JsonWriter out) throws IOException {
        JsonToken token = in.peek();
        switch (token) {
            case BEGIN_OBJECT -> {
                in.beginObject();
                out.beginObject();
                while (in.hasNext()) {
                    out.name(in.nextName());
                    copy(in, out);
                }
                in.endObject();
                out.endObject();
            }
            case BEGIN_ARRAY -> {
                in.beginArray();
                out.beginArray();
                while (in.hasNext()) copy(in, out);
                in.endArray();
                out.endArray();
            }
            case STRING -> out.value(in.nextString());
            case NUMBER -> out.jsonValue(in.nextString());
            case BOOLEAN -> out.value(in.nextBoolean());
            case NULL -> { in.nextNull(); out.nullValue(); }
            default -> throw new IOException("unexpected " + token + " in stored JSON");
        }
    }
}
