package net.wsustopology.ui.common;

/** One chooser state for every window, so each dialog starts in the folder used last. */
public final class SharedFolder {
    private static FileDialogs dialogs = new FileDialogs();

    private SharedFolder() { }

    public static FileDialogs dialogs() { return dialogs; }

    /** Replaces the native choosers (tests answer them without a native dialog). */
    static void use(FileDialogs replacement) { dialogs = replacement; }
}
