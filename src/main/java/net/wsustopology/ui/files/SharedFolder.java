package net.wsustopology.ui.files;

/** One chooser state for every window, so each dialog starts in the folder used last. */
final class SharedFolder {
    private static FileDialogs dialogs = new FileDialogs();

    private SharedFolder() { }

    static FileDialogs dialogs() { return dialogs; }

    /** Replaces the native choosers (tests answer them without a native dialog). */
    static void use(FileDialogs replacement) { dialogs = replacement; }
}
