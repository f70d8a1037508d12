package net.wsustopology.diff;

import java.util.Map;

/**
 * The settings {@code diff} compares, named as the WSUS console names them: the dialog or tab
 * first, then the field ("Update Source: port" for {@code updateSource.port}). The Drift tab, its
 * tooltips and the drift report use these words; the file path stays for search and the CSV.
 */
public final class SettingCaptions {
    private static final Map<String, String> CAPTIONS = Map.ofEntries(
            Map.entry("name", "Server: name"),
            Map.entry("wsusVersion", "Server: WSUS version"),
            Map.entry("ports.http", "Server: HTTP port"),
            Map.entry("ports.https", "Server: HTTPS port"),
            Map.entry("ports.requireSsl", "Server: require SSL (IIS)"),
            Map.entry("updateSource.from", "Update Source: synchronize from"),
            Map.entry("updateSource.upstream", "Update Source: upstream server"),
            Map.entry("updateSource.port", "Update Source: port"),
            Map.entry("updateSource.useSsl", "Update Source: use SSL"),
            Map.entry("updateSource.replica", "Update Source: replica of the upstream server"),
            Map.entry("proxy.enabled", "Proxy Server: use a proxy server"),
            Map.entry("proxy.server", "Proxy Server: server name"),
            Map.entry("proxy.port", "Proxy Server: port"),
            Map.entry("proxy.useCredentials", "Proxy Server: use user credentials"),
            Map.entry("proxy.user", "Proxy Server: user name"),
            Map.entry("proxy.domain", "Proxy Server: domain"),
            Map.entry("proxy.allowBasicAuth", "Proxy Server: allow basic authentication"),
            Map.entry("languages", "Update Languages: languages"),
            Map.entry("sync.automatic", "Synchronization Schedule: synchronize automatically"),
            Map.entry("sync.firstSyncUtc", "Synchronization Schedule: first synchronization (UTC)"),
            Map.entry("sync.perDay", "Synchronization Schedule: synchronizations per day"),
            Map.entry("updateFiles.storeLocally", "Update Files: store update files locally"),
            Map.entry("updateFiles.onlyWhenApproved", "Update Files: download only when approved"),
            Map.entry("updateFiles.expressFiles", "Update Files: download express installation files"),
            Map.entry("updateFiles.fromMicrosoftUpdate", "Update Files: download from Microsoft Update"));

    private SettingCaptions() { }

    /** The console's words for the setting at this file path; the path itself for a setting without a caption. */
    public static String of(String path) {
        if (path == null) return "";
        return CAPTIONS.getOrDefault(path, path);
    }

    /** True when the setting has a caption of its own (for the test that every compared setting has one). */
    static boolean hasCaption(String path) { return CAPTIONS.containsKey(path); }
}
