package net.wsustopology.io.workspace;

import java.util.Locale;

/** The family of operating system, where the tool's behaviour depends on it (folders, theme, display). */
public enum OperatingSystem {
    WINDOWS, MAC, OTHER;

    /** The family of an {@code os.name} value such as "Windows 11", "Mac OS X" or "Linux". */
    public static OperatingSystem of(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) return WINDOWS;
        if (os.startsWith("mac")) return MAC;
        return OTHER;
    }

    /** The system this JVM runs on. */
    public static OperatingSystem current() { return of(System.getProperty("os.name", "")); }
}
