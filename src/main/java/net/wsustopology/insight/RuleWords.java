package net.wsustopology.insight;

import java.util.Map;

/**
 * Each planning rule of RULES.md said in plain language for an audience that does not know the
 * rule ids: what is wrong on a server it flags and why it matters.
 */
public final class RuleWords {
    private RuleWords() { }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("LNG-01", "A language is selected that the upstream does not download, so no updates arrive in it."),
            Map.entry("LNG-02", "No update language is selected, so nothing is downloaded."),
            Map.entry("LNG-03", "A language code is selected that WSUS does not know, and WSUS refuses it."),
            Map.entry("FAN-01", "More downstream servers synchronize from it than the plan's limit allows."),
            Map.entry("FAN-02", "Its downstream servers are close to the plan's limit."),
            Map.entry("FAN-03", "More servers sit below it in all than the plan's limit allows."),
            Map.entry("TOP-01", "The upstreams form a loop: following them leads back to the same server."),
            Map.entry("TOP-02", "The upstream server it synchronizes from is not in the plan."),
            Map.entry("TOP-03", "A replica synchronizes from Microsoft Update, which a replica cannot do."),
            Map.entry("TOP-04", "It sits deeper in the hierarchy than recommended (WSUS advises at most three tiers)."),
            Map.entry("TOP-05", "It sits deeper in the hierarchy than the plan allows."),
            Map.entry("VER-01", "It runs a newer WSUS version than its upstream, which WSUS does not support."),
            Map.entry("VER-02", "WSUS 3.0 SP2 synchronizes from Microsoft Update, which it can no longer do."),
            Map.entry("NET-01", "A port number is outside 1-65535."),
            Map.entry("NET-02", "The host name is missing or invalid."),
            Map.entry("NET-03", "It connects to a port its upstream does not listen on."),
            Map.entry("NET-04", "It synchronizes without SSL from an upstream that requires SSL."),
            Map.entry("NET-05", "Its HTTPS port is not its HTTP port + 1."),
            Map.entry("NET-06", "Another server has the same host name."),
            Map.entry("NET-07", "SSL goes to an upstream named without its domain, so the certificate cannot match."),
            Map.entry("PRX-01", "A proxy is used without naming the proxy server."),
            Map.entry("PRX-02", "Proxy credentials are used without a user name."),
            Map.entry("PRX-03", "Proxy credentials cross the network in clear text (basic authentication)."),
            Map.entry("SCH-01", "The synchronization schedule is invalid."),
            Map.entry("SCH-02", "Two servers of one upstream start synchronizing less than 15 minutes apart, so the upstream serves both at once."),
            Map.entry("SCH-03", "It starts synchronizing within 30 minutes after its upstream, so it likely gets the previous state."),
            Map.entry("SCH-04", "It synchronizes only when someone starts it by hand, and so do the servers below it."),
            Map.entry("FIL-01", "No update files are kept locally, yet not all languages are downloaded, which WSUS then requires."),
            Map.entry("FIL-02", "Express files or Microsoft Update downloads are chosen without local update files, so WSUS ignores them."),
            Map.entry("FIL-03", "Downloading files from Microsoft Update is chosen on a root, where it does not apply."),
            Map.entry("CAP-01", "More than 100,000 clients use one server, more than one WSUS server should serve."),
            Map.entry("CAP-02", "The number of clients is negative."));

    /**
     * The rule in one plain sentence about a flagged server; null for a rule not described here
     * (the findings slide then quotes the first finding's own message).
     */
    public static String of(String ruleId) { return WORDS.get(ruleId); }
}
