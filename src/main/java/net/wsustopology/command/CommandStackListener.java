package net.wsustopology.command;

/** Told after every execute, undo, redo or save mark. */
@FunctionalInterface
public interface CommandStackListener {
    void stackChanged(CommandStack stack);
}
