package net.wsustopology.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shortcut list names commands, not the step the Edit menu would undo right now. */
class HelpDialogsTest {
    @Test
    void undoAndRedoAreListedByTheirCommandName() {
        assertEquals("Undo", HelpDialogs.commandName("Undo Move 3 servers"));
        assertEquals("Redo", HelpDialogs.commandName("Redo Add Arabic to the languages of wsus-ber"));
        assertEquals("Undo", HelpDialogs.commandName("Undo"));
        assertEquals("Select All", HelpDialogs.commandName("Select All"));
        assertEquals("Undock", HelpDialogs.commandName("Undock"));
    }
}
