package net.wsustopology.diff;

import java.util.Locale;

/** Host names as WSUS and DNS compare them: case-insensitively, a short name standing for an FQDN it begins. */
public final class HostNames {
    private HostNames() { }

    /** The first dot-separated label, lower-cased ("wsus-par" for "WSUS-PAR.corp.contoso.com"). */
    public static String firstLabel(String name) {
        String n = name == null ? "" : name.trim();
        int dot = n.indexOf('.');
        return (dot < 0 ? n : n.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    /** The name lower-cased and trimmed, for exact comparison. */
    public static String key(String name) { return name == null ? "" : name.trim().toLowerCase(Locale.ROOT); }

    public static boolean isShort(String name) { return !key(name).isEmpty() && key(name).indexOf('.') < 0; }

    /**
     * True when both name the same host: equal ignoring case, or one is a short name and the
     * other an FQDN whose first label it is ("wsus-hq" and "wsus-hq.corp.contoso.com").
     */
    public static boolean same(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) return true;
        if (x.isEmpty() || y.isEmpty()) return false;
        if (isShort(x) && !isShort(y)) return firstLabel(y).equals(x);
        if (isShort(y) && !isShort(x)) return firstLabel(x).equals(y);
        return false;
    }
}
