package net.wsustopology.io;

import java.io.IOException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Finds a plan's top-level {@code formatVersion} even when it comes after a member this version
 * cannot read, so a newer file is refused as "newer" rather than as malformed.
 */
final class VersionProbe {
    private VersionProbe() { }

    /** The version number, or null when the text has none that can be found. */
    static Integer find(PlanText text) {
        try (JsonReader in = new JsonReader(text.open())) {
            in.setStrictness(Strictness.LENIENT);
            if (in.peek() != JsonToken.BEGIN_OBJECT) return null;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("formatVersion") && in.peek() == JsonToken.NUMBER) return in.nextInt();
                in.skipValue();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
