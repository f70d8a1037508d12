package net.wsustopology.io.csv;

import java.util.List;

/** The CSV columns shared by export and import (documented in the README), and formula neutralising. */
public final class CsvColumns {
    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String UPSTREAM = "upstream";
    public static final String PORT = "port";
    public static final String SSL = "ssl";
    public static final String REPLICA = "replica";
    public static final String LANGUAGES = "languages";
    public static final String VERSION = "version";
    public static final String SITE = "site";
    public static final String CLIENTS = "clients";
    public static final String HTTP_PORT = "http_port";
    public static final String HTTPS_PORT = "https_port";
    public static final String REQUIRE_SSL = "require_ssl";
    public static final String SYNC_AUTOMATIC = "sync_automatic";
    public static final String FIRST_SYNC_UTC = "first_sync_utc";
    public static final String SYNCS_PER_DAY = "syncs_per_day";
    public static final String PROXY_SERVER = "proxy_server";
    public static final String PROXY_PORT = "proxy_port";
    public static final String NOTES = "notes";

    public static final List<String> ALL = List.of(ID, NAME, UPSTREAM, PORT, SSL, REPLICA, LANGUAGES, VERSION, SITE,
            CLIENTS, HTTP_PORT, HTTPS_PORT, REQUIRE_SSL, SYNC_AUTOMATIC, FIRST_SYNC_UTC, SYNCS_PER_DAY, PROXY_SERVER,
            PROXY_PORT, NOTES);

    /** "all" in the languages column: download updates in all languages. */
    public static final String ALL_LANGUAGES = "all";
    public static final String LANGUAGE_SEPARATOR = ";";

    private CsvColumns() { }

    /**
     * Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula: such a value gets a
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
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
