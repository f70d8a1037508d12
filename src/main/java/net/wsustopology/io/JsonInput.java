package net.wsustopology.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * A strict streaming JSON reader that speaks in {@link FormatException}s: every read says what
 * it expects, and a mismatch names the file, line, column and JSON path.
 */
final class JsonInput {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (.*)");
    private static final int MAX_SHOWN = 40;

    private final JsonReader in;
    private final PlanText source;
    private final String fileName;
    private final boolean showLineColumn;

    /** The text stopped being UTF-8; the caller, who has the bytes, names the exact place. */
    static final class NotUtf8 extends RuntimeException {
        NotUtf8(CharacterCodingException cause) { super(cause); }
    }

    /** A place in the text. */
    record Location(int line, int column, String path) { }

    /** Reads {@code reader}; {@code source}, when given, is its text again, read to hint at malformed JSON. */
    JsonInput(Reader reader, PlanText source, String fileName, boolean showLineColumn) {
        this.in = new JsonReader(reader);
        this.source = source;
        this.in.setStrictness(Strictness.STRICT);
        this.fileName = fileName;
        this.showLineColumn = showLineColumn;
    }

    String fileName() { return fileName; }

    JsonReader reader() { return in; }

    Location location() {
        Matcher m = LOCATION.matcher(in.toString());
        if (!m.find()) return new Location(0, 0, in.getPath());
        return new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    FormatException error(Location at, String problem) {
        String path = at.path().length() > 80 ? at.path().substring(0, 60) + "..." : at.path();
        at = new Location(at.line(), at.column(), path);
        return showLineColumn ? new FormatException(fileName, at.line(), at.column(), at.path(), problem)
                : new FormatException(fileName, 0, 0, at.path(), problem);
    }

    /** An error at the reader's current place: after the value just read, in its path. */
    FormatException error(String problem) { return error(location(), problem); }

    /** An error at the reader's current line and column but with the given path (of an enclosing value). */
    FormatException errorIn(String path, String problem) {
        Location here = location();
        return error(new Location(here.line(), here.column(), path), problem);
    }

    /** "expected X but found Y", where Y describes (and consumes) the next value. */
    FormatException unexpected(String expected) throws FormatException {
        Location at = location();
        return error(at, "expected " + expected + " but found " + describeNext());
    }

    private String describeNext() throws FormatException {
        JsonToken token = peek();
        try {
            return switch (token) {
                case BEGIN_OBJECT -> "an object";
                case BEGIN_ARRAY -> "a list";
                case STRING -> quote(in.nextString());
                case NUMBER -> shorten(in.nextString());
                case BOOLEAN -> String.valueOf(in.nextBoolean());
                case NULL -> "null";
                case END_DOCUMENT -> "the end of the file";
                default -> "the end of the enclosing object or list";
            };
        } catch (IOException e) {
            throw translate(e);
        }
    }

    static String quote(String s) { return "\"" + shorten(s) + "\""; }

    static String shorten(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
    }

    JsonToken peek() throws FormatException {
        try {
            return in.peek();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    void beginObject(String expected) throws FormatException {
        if (peek() != JsonToken.BEGIN_OBJECT) throw unexpected(expected);
        try { in.beginObject(); } catch (IOException e) { throw translate(e); }
    }

    void endObject() throws FormatException {
        try { in.endObject(); } catch (IOException e) { throw translate(e); }
    }

    void beginArray(String expected) throws FormatException {
        if (peek() != JsonToken.BEGIN_ARRAY) throw unexpected(expected);
        try { in.beginArray(); } catch (IOException e) { throw translate(e); }
    }

    void endArray() throws FormatException {
        try { in.endArray(); } catch (IOException e) { throw translate(e); }
    }

    boolean hasNext() throws FormatException {
        try { return in.hasNext(); } catch (IOException e) { throw translate(e); }
    }

    /** The next member name; {@code seen} holds the names of the object so far, to refuse duplicates. */
    String nextName(MemberNames seen) throws FormatException {
        try {
            String name = in.nextName();
            refuseLoneSurrogate(name);
            if (!seen.add(name)) throw error("the member " + quote(name) + " appears twice in the same object");
            return name;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    String nextString() throws FormatException {
        if (peek() != JsonToken.STRING) throw unexpected("text in quotes");
        try {
            String s = in.nextString();
            refuseLoneSurrogate(s);
            return s.isEmpty() ? "" : s;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Half of a surrogate pair is no character at all: it cannot be shown, saved as UTF-8 or put in XML. */
    private void refuseLoneSurrogate(String s) throws FormatException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            throw error(String.format("the text holds \\u%04x, half of a surrogate pair without its other half,"
                    + " which is not a character (remove it or write the whole character)", (int) c));
        }
    }

    boolean nextBoolean() throws FormatException {
        if (peek() != JsonToken.BOOLEAN) throw unexpected("true or false");
        try { return in.nextBoolean(); } catch (IOException e) { throw translate(e); }
    }

    int nextInt() throws FormatException {
        if (peek() != JsonToken.NUMBER) throw unexpected("a whole number");
        String text;
        try { text = in.nextString(); } catch (IOException e) { throw translate(e); }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notPlain) {
            try {
                return new BigDecimal(text).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw error("expected a whole number between " + Integer.MIN_VALUE + " and "
                        + Integer.MAX_VALUE + " but found " + shorten(text));
            }
        }
    }

    double nextDouble() throws FormatException {
        if (peek() != JsonToken.NUMBER) throw unexpected("a number");
        try { return in.nextDouble(); } catch (IOException e) { throw translate(e); }
    }

    /** The next value, whatever it is, as compact JSON text (duplicate member names refused). */
    String nextRaw() throws FormatException {
        return RawJson.read(this);
    }

    void expectEndOfDocument() throws FormatException {
        String problem = "expected the end of the file after the plan's closing brace";
        try {
            if (in.peek() == JsonToken.END_DOCUMENT) return;
        } catch (IOException e) {
            // strict mode refuses a second top-level value as malformed: it is the same mistake
        }
        throw error(problem);
    }

    /** Turns the reader's own exceptions into one readable sentence. */
    FormatException translate(IOException e) {
        if (e instanceof CharacterCodingException coding) throw new NotUtf8(coding);
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LOCATION.matcher(message);
        Location at = m.find() ? new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)) : location();
        if (e instanceof EOFException) return error(at, "the file ends too early (it may be truncated): expected more JSON");
        if (e instanceof MalformedJsonException) {
            String hint = isVague(message) ? MalformedJsonHint.at(source, at.line(), at.column()) : null;
            return error(at, "expected valid JSON but found " + (hint != null ? hint : reason(message)));
        }
        return error(at, "cannot read the file: " + shorten(message));
    }

    /** The reader's messages that do not say what it found: the characters there tell it better. */
    private static boolean isVague(String message) {
        return message.startsWith("Use JsonReader.setStrictness") || message.startsWith("Expected name");
    }

    private static String reason(String message) {
        int cut = message.indexOf(" at line ");
        String reason = cut < 0 ? message : message.substring(0, cut);
        if (reason.startsWith("Use JsonReader.setStrictness")) return "text that is not strict JSON";
        if (reason.startsWith("Nesting limit")) return "values nested too deeply";
        return "malformed JSON (" + shorten(reason.toLowerCase(Locale.ROOT)) + ")";
    }
}
