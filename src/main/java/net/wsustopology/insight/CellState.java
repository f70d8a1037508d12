package net.wsustopology.insight;

/** What one server does with one language, as the coverage grid shows it. */
public enum CellState {
    /** The server selects the language itself. */
    SELECTED,
    /** A replica gets the language from its upstream (read-only). */
    INHERITED,
    /** An autonomous downstream selects it but its upstream does not download it (LNG-01). */
    MISSING_ON_UPSTREAM,
    /** An upstream downloads it although none of its downstreams uses it: wasted storage and bandwidth. */
    UNUSED_BY_DOWNSTREAMS,
    /** The server does not get the language. */
    NONE
}
