package net.wsustopology.command;

/** One undoable edit of a plan. */
public interface Command {
    void execute();

    void undo();

    /** What the edit does, for Edit > Undo "label" (e.g. "Move 3 servers"). */
    String label();

    /**
     * Folds {@code next}, executed right after this one, into this command when both belong to
     * one continuous gesture (typing in a field, a drag). Returns false when they stay separate.
     */
    default boolean mergeWith(Command next) { return false; }
}
