package net.wsustopology.model;

import java.util.Optional;

/** WSUS releases a plan can name; order matters: a later constant is a later version. */
public enum WsusVersion {
    V3_SP2("3.0-SP2", "WSUS 3.0 SP2", 80, 443),
    V6_2("6.2", "WSUS 6.2 (Server 2012)", 8530, 8531),
    V6_3("6.3", "WSUS 6.3 (Server 2012 R2)", 8530, 8531),
    V10("10.0", "WSUS 10.0 (Server 2016+)", 8530, 8531);

    private final String code;
    private final String displayName;
    private final int defaultHttpPort;
    private final int defaultHttpsPort;

    WsusVersion(String code, String displayName, int defaultHttpPort, int defaultHttpsPort) {
        this.code = code;
        this.displayName = displayName;
        this.defaultHttpPort = defaultHttpPort;
        this.defaultHttpsPort = defaultHttpsPort;
    }

    public String code() { return code; }
    public String displayName() { return displayName; }
    public int defaultHttpPort() { return defaultHttpPort; }
    public int defaultHttpsPort() { return defaultHttpsPort; }
    public boolean isNewerThan(WsusVersion other) { return compareTo(other) > 0; }

    public static Optional<WsusVersion> fromCode(String code) {
        for (WsusVersion v : values()) {
            if (v.code.equals(code)) return Optional.of(v);
        }
        return Optional.empty();
    }

    @Override public String toString() { return displayName; }
}
