package net.wsustopology.ui.files;

/** One chooser state for every window, so each dialog starts in the folder used last. */
final class SharedFolder {
    private static final FileDialogs DIALOGS = new FileDialogs();

    private SharedFolder() { }

    static FileDialogs dialogs() { return DIALOGS; }
}
