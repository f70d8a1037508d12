package net.wsustopology.fix;

import java.util.Locale;
import java.util.Set;

/** Host-name pieces that fix labels and renames need. */
final class HostNames {
    private HostNames() { }

    /** "wsus-hq01.corp.contoso.com" gives "wsus-hq01". */
    static String shortName(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** ".corp.contoso.com" of "wsus-hq01.corp.contoso.com", or "" for a short name. */
    static String domainPart(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    /** The first "host-N.domain" (N = 2, 3, ...) that no name in {@code taken} (lower case) uses. */
    static String freeSuffix(String name, Set<String> taken) {
        String host = shortName(name);
        String domain = domainPart(name);
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = host.length() + suffix.length() > 63 ? host.substring(0, 63 - suffix.length()) : host;
            String candidate = base + suffix + domain;
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) return candidate;
        }
    }
}
