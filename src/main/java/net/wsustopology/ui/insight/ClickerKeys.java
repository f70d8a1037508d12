package net.wsustopology.ui.insight;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of presentation mode, as PowerPoint and presenter remotes send them: a remote's
 * "next" is Page Down, Right or Space (some send N or Enter), "back" is Page Up, Left or
 * Backspace; B and . blacken the screen, W and , whiten it.
 */
final class ClickerKeys {
    enum Action { NEXT, PREVIOUS, FIRST, LAST, BLACK, WHITE, ZOOM_IN, ZOOM_OUT, PANEL, ESCAPE }

    private ClickerKeys() { }

    /** What a pressed key does, or null for a key presentation mode ignores. */
    static Action of(KeyEvent e) {
        return switch (e.getCode()) {
            case SPACE, DOWN, RIGHT, ENTER, N, PAGE_DOWN, KP_DOWN, KP_RIGHT -> Action.NEXT;
            case LEFT, UP, PAGE_UP, P, BACK_SPACE, KP_LEFT, KP_UP -> Action.PREVIOUS;
            case HOME -> Action.FIRST;
            case END -> Action.LAST;
            case B, PERIOD -> Action.BLACK;
            case W, COMMA -> Action.WHITE;
            case PLUS, ADD, EQUALS -> Action.ZOOM_IN;
            case MINUS, SUBTRACT -> Action.ZOOM_OUT;
            case L -> Action.PANEL;
            case ESCAPE -> Action.ESCAPE;
            default -> typed(e.getText());
        };
    }

    /** "+" and "-" on keyboards where they have no key code of their own. */
    private static Action typed(String text) {
        if ("+".equals(text)) return Action.ZOOM_IN;
        if ("-".equals(text)) return Action.ZOOM_OUT;
        return null;
    }

    static boolean isEscape(KeyEvent e) { return e.getCode() == KeyCode.ESCAPE; }
}
