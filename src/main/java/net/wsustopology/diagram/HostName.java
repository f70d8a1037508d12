package net.wsustopology.diagram;

/**
 * A server's name as a card shows it: the host in bold, the DNS domain on its own smaller line
 * ("wsus-hq01" over "corp.contoso.com"). A name without a dot, or an IP address, is all host.
 */
public record HostName(String host, String domain) {
    public static HostName of(String label) {
        String name = label == null ? "" : label.strip();
        int dot = name.indexOf('.');
        if (dot <= 0 || dot == name.length() - 1 || isAddress(name)) return new HostName(name, "");
        return new HostName(name.substring(0, dot), name.substring(dot + 1));
    }

    private static boolean isAddress(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '.' || c == ':' || Character.isDigit(c))) return false;
        }
        return true;
    }
}
