package net.wsustopology.io.csv;

import java.util.List;
import java.util.stream.Stream;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;

/**
 * The CSV columns shared by export and import, and formula neutralising. One row per server:
 * {@code id} (required; 1-64 of A-Z a-z 0-9 . _ -, unique), then one column for each setting of
 * {@link ServerSettings} that names one, in the table's order ({@code name} is required too). A
 * column's values are those of the file: true/false (also yes/no, 1/0), numbers, text, a choice's
 * code; an empty cell is the setting's default. Three columns have a shape of their own:
 * {@code upstream} (empty: syncs from Microsoft Update), {@code languages} ("all", or codes joined
 * by ';'), and the proxy's (a proxy is used when {@code proxy_server} is set).
 */
public final class CsvColumns {
    public static final String ID = "id";
    public static final String NAME = ServerSettings.NAME.settings().get(0).csvColumn();
    public static final String UPSTREAM = ServerSettings.UPSTREAM_ID.settings().get(0).csvColumn();
    public static final String LANGUAGES = ServerSettings.LANGUAGES.settings().get(0).csvColumn();

    /** The settings with a column, in column order. */
    static final List<Setting> SETTINGS = ServerSettings.settings().stream().filter(s -> s.csvColumn() != null).toList();

    public static final List<String> ALL = Stream.concat(Stream.of(ID), SETTINGS.stream().map(Setting::csvColumn)).toList();

    /** "all" in the languages column: download updates in all languages. */
    public static final String ALL_LANGUAGES = "all";
    public static final String LANGUAGE_SEPARATOR = ";";

    private CsvColumns() { }

    /**
     * Spreadsheets run a cell starting with = + - @ (or tab, CR, LF, a space, or a full-width ＝ ＋ － ＠,
     * which some normalise) as a formula: such a value gets a
     * leading single quote. A value already starting with a quote gets one too, so that
     * {@link #restore} gives back exactly what was written.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) return value == null ? "" : value;
        return isTrigger(value.charAt(0)) || value.charAt(0) == '\'' ? "'" + value : value;
    }

    /** Undoes {@link #neutralise}. */
    public static String restore(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && (isTrigger(value.charAt(1)) || value.charAt(1) == '\'')) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == ' '
                // full-width forms, which some spreadsheets normalise to the ASCII ones
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}
