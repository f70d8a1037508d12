package net.wsustopology.command;

/** One undoable edit of a plan. */
public interface Command {
    void execute();

    void undo();

    /** What the edit does, for Edit > Undo "label" (e.g. "Move 3 servers"). */
    String label();
}
