package net.wsustopology.io.csv;

import java.util.List;

/**
 * The CSV columns shared by export and import, and formula neutralising. One row per server:
 * <pre>
 * id              required; 1-64 of A-Z a-z 0-9 . _ -, unique
 * name            required; host name (FQDN preferred)
 * upstream        id of the upstream server; empty: syncs from Microsoft Update
 * port            port on the upstream; empty: the upstream's own port for the protocol
 * ssl, replica    true/false (also yes/no, 1/0); default false
 * languages       "all", or codes joined by ';' (e.g. en;de); default en
 * version         3.0-SP2, 6.2, 6.3 or 10.0; default 10.0
 * site, notes     free text
 * clients         number; default 0
 * http_port, https_port   the server's own ports; default by version (8530/8531, 80/443)
 * require_ssl, sync_automatic   true/false; default false
 * first_sync_utc  HH:MM; default 00:00
 * syncs_per_day   1-24; default 1
 * proxy_server, proxy_port   a proxy is used when proxy_server is set; port default 80
 * proxy_use_credentials, proxy_user, proxy_domain, proxy_basic_auth   the proxy's credentials (never a password)
 * </pre>
 */
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
    public static final String PROXY_USE_CREDENTIALS = "proxy_use_credentials";
    public static final String PROXY_USER = "proxy_user";
    public static final String PROXY_DOMAIN = "proxy_domain";
    public static final String PROXY_BASIC_AUTH = "proxy_basic_auth";
    public static final String NOTES = "notes";

    public static final List<String> ALL = List.of(ID, NAME, UPSTREAM, PORT, SSL, REPLICA, LANGUAGES, VERSION, SITE,
            CLIENTS, HTTP_PORT, HTTPS_PORT, REQUIRE_SSL, SYNC_AUTOMATIC, FIRST_SYNC_UTC, SYNCS_PER_DAY, PROXY_SERVER,
            PROXY_PORT, PROXY_USE_CREDENTIALS, PROXY_USER, PROXY_DOMAIN, PROXY_BASIC_AUTH, NOTES);

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
