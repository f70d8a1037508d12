package net.wsustopology.command;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The name of a server the user adds: "wsus-new-N" in the domain of its upstream, else in the
 * plan's most common domain (so a contoso.com plan gets contoso.com servers), else in
 * {@link #FALLBACK_DOMAIN}; N is the first number whose name and id are both unused.
 */
public final class NewServerNames {
    public static final String HOST_PREFIX = "wsus-new-";
    public static final String FALLBACK_DOMAIN = "corp.example.com";

    private NewServerNames() { }

    /** The unused host number N, for both the name and the id "wsus-new-N". */
    public static int number(Topology topology, String domain) {
        int n = 1;
        while (!topology.serversNamed(name(n, domain)).isEmpty() || topology.server(HOST_PREFIX + n) != null) n++;
        return n;
    }

    public static String name(int number, String domain) { return HOST_PREFIX + number + "." + domain; }

    /** The domain a new server under {@code upstream} (null for a root) is named in. */
    public static String domainFor(Topology topology, Server upstream) {
        String own = upstream == null ? null : domainOf(upstream.getName());
        if (own != null) return own;
        String common = mostCommonDomain(topology);
        return common != null ? common : FALLBACK_DOMAIN;
    }

    /** The domain most servers of the plan are named in (on a tie, the one that reached that count first), or null. */
    public static String mostCommonDomain(Topology topology) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Server s : topology.servers()) {
            String domain = domainOf(s.getName());
            if (domain == null) continue;
            int count = counts.merge(domain, 1, Integer::sum);
            if (count > bestCount) {
                best = domain;
                bestCount = count;
            }
        }
        return best;
    }

    /** "wsus-hq.corp.contoso.com" gives "corp.contoso.com"; a short name or an IP address gives null. */
    public static String domainOf(String name) {
        if (name == null) return null;
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        int dot = trimmed.indexOf('.');
        if (dot <= 0 || dot == trimmed.length() - 1 || isIpAddress(trimmed)) return null;
        return trimmed.substring(dot + 1);
    }

    private static boolean isIpAddress(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) return false;
        }
        return true;
    }
}
