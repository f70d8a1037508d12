package net.wsustopology.io;

import com.google.gson.JsonObject;

/** Turns a plan of format version {@link #fromVersion()} into one of the next version. */
public interface Migration {
    int fromVersion();

    /** Returns the document of version {@code fromVersion() + 1}; may change and return {@code document}. */
    JsonObject migrate(JsonObject document);
}
