package net.wsustopology.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.ProxySettings;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Setting;
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
        List<Setting> absent = new ArrayList<>();
        for (Setting setting : CsvColumns.SETTINGS) {
            String column = setting.csvColumn();
            if (setting.owner() == ServerSettings.LANGUAGES) s.setLanguages(languages());
            else if (text(column).isEmpty()) absent.add(setting);
            else setting.set(s, value(setting, column));
        }
        for (Setting setting : absent) setting.applyDefault(s);
        if (s.getClients() < 0) throw error("clients '" + s.getClients() + "' cannot be negative");
        s.setSyncFromUpstream(s.getUpstreamId() != null);
        // a proxy is used when the row names one; its other columns count only then
        ProxySettings proxy = s.getProxy();
        s.setProxy(proxy.server().isEmpty() ? ServerSettings.PROXY.defaultValue() : proxy.withEnabled(true));
        return s;
    }

    private Object value(Setting setting, String column) throws CsvFormatException {
        return switch (setting.type()) {
            case BOOLEAN -> bool(column);
            case INTEGER -> integer(column);
            case TEXT -> text(column);
            case CHOICE -> choice(setting, column);
            case OWN -> throw new IllegalStateException(setting + " has a column of its own");
        };
    }

    private String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) return "";
        return CsvColumns.restore(record.get(index));
    }

    private int integer(String column) throws CsvFormatException {
        String v = text(column);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(column.replace('_', ' ') + " '" + v + "' is not a number");
        }
    }

    private boolean bool(String column) throws CsvFormatException {
        String v = text(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "false", "no", "0", "n" -> false;
            case "true", "yes", "1", "y" -> true;
            default -> throw error(column.replace('_', ' ') + " '" + text(column) + "' is not true or false");
        };
    }

    private String choice(Setting setting, String column) throws CsvFormatException {
        String v = text(column);
        if (setting.choices().contains(v)) return v;
        throw error(column.replace('_', ' ') + " '" + v + "' is not one of " + String.join(", ", setting.choices()));
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
