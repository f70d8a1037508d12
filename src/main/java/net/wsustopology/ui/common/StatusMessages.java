package net.wsustopology.ui.common;

/** Where the editor tells the user what a gesture did or why it was refused. */
@FunctionalInterface
public interface StatusMessages {
    void show(String message);
}
