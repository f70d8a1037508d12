package net.wsustopology.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.SyncSchedule;
import net.wsustopology.model.WsusVersion;
import org.apache.commons.csv.CSVRecord;

/** One data row of an imported CSV turned into a server, with SPEC defaults for absent values. */
final class CsvRow {
    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final long line;

    CsvRow(CSVRecord record, Map<String, Integer> columns, long line) {
        this.record = record;
        this.columns = columns;
        this.line = line;
    }

    Server toServer() throws CsvFormatException {
        String id = text(CsvColumns.ID);
        if (id.isEmpty()) throw error("the id is empty");
        if (!Server.isValidId(id)) throw error("id '" + id + "' is not valid (1-64 letters, digits, '.', '_' or '-')");
        Server s = new Server(id);
        s.setName(text(CsvColumns.NAME));
        WsusVersion version = version();
        s.setWsusVersion(version);
        s.setSite(text(CsvColumns.SITE));
        int clients = integer(CsvColumns.CLIENTS, ServerSettings.CLIENTS.defaultValue());
        if (clients < 0) throw error("clients '" + clients + "' cannot be negative");
        s.setClients(clients);
        s.setHttpPort(integer(CsvColumns.HTTP_PORT, version.defaultHttpPort()));
        s.setHttpsPort(integer(CsvColumns.HTTPS_PORT, version.defaultHttpsPort()));
        s.setRequireSsl(bool(CsvColumns.REQUIRE_SSL));
        String upstream = text(CsvColumns.UPSTREAM);
        s.setSyncFromUpstream(!upstream.isEmpty());
        s.setUpstreamId(upstream.isEmpty() ? null : upstream);
        String port = text(CsvColumns.PORT);
        s.setSourcePort(port.isEmpty() ? null : integer(CsvColumns.PORT, 0));
        s.setUseSsl(bool(CsvColumns.SSL));
        s.setReplica(bool(CsvColumns.REPLICA));
        s.setLanguages(languages());
        SyncSchedule sync = ServerSettings.SYNC.defaultValue();
        s.setSync(new SyncSchedule(bool(CsvColumns.SYNC_AUTOMATIC), orDefault(CsvColumns.FIRST_SYNC_UTC, sync.firstSyncUtc()),
                integer(CsvColumns.SYNCS_PER_DAY, sync.perDay())));
        String proxyServer = text(CsvColumns.PROXY_SERVER);
        if (!proxyServer.isEmpty()) {
            ProxySettings none = ServerSettings.PROXY.defaultValue();
            s.setProxy(none.withEnabled(true).withServer(proxyServer).withPort(integer(CsvColumns.PROXY_PORT, none.port()))
                    .withUseCredentials(bool(CsvColumns.PROXY_USE_CREDENTIALS)).withUser(text(CsvColumns.PROXY_USER))
                    .withDomain(text(CsvColumns.PROXY_DOMAIN)).withAllowBasicAuth(bool(CsvColumns.PROXY_BASIC_AUTH)));
        }
        s.setNotes(text(CsvColumns.NOTES));
        return s;
    }

    private String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) return "";
        return CsvColumns.restore(record.get(index));
    }

    private String orDefault(String column, String fallback) {
        String v = text(column);
        return v.isEmpty() ? fallback : v;
    }

    private int integer(String column, int fallback) throws CsvFormatException {
        String v = text(column);
        if (v.isEmpty()) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(column.replace('_', ' ') + " '" + v + "' is not a number");
        }
    }

    private boolean bool(String column) throws CsvFormatException {
        String v = text(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "false", "no", "0", "n" -> false;
            case "true", "yes", "1", "y" -> true;
            default -> throw error(column.replace('_', ' ') + " '" + text(column) + "' is not true or false");
        };
    }

    private WsusVersion version() throws CsvFormatException {
        String v = text(CsvColumns.VERSION);
        if (v.isEmpty()) return ServerSettings.VERSION.defaultValue();
        return WsusVersion.fromCode(v).orElseThrow(() -> error("version '" + v + "' is not one of 3.0-SP2, 6.2, 6.3, 10.0"));
    }

    private LanguageSelection languages() {
        String v = text(CsvColumns.LANGUAGES);
        if (v.isEmpty()) return ServerSettings.LANGUAGES.defaultValue();
        if (v.equalsIgnoreCase(CsvColumns.ALL_LANGUAGES)) return LanguageSelection.ALL;
        List<String> codes = new ArrayList<>();
        for (String code : v.split("[;,]")) if (!code.isBlank()) codes.add(code.trim());
        return LanguageSelection.of(codes);
    }

    private CsvFormatException error(String problem) { return new CsvFormatException(line, problem); }
}
