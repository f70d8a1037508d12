package net.wsustopology.ui.inspector;

/** The outcome of reading a field's text: a value, or the message to show at the field. */
record Parsed<T>(T value, String error) {
    static <T> Parsed<T> ok(T value) { return new Parsed<>(value, null); }

    static <T> Parsed<T> fail(String error) { return new Parsed<>(null, error); }

    boolean isOk() { return error == null; }
}
