package net.wsustopology.export.scripts;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The file name of each server's apply script (SPEC section 3): its host name in lower case, so
 * the script to run on a server is found by its name. Whatever the name (NET-02 lets a plan with
 * any text be forced through), the result is one plain file name: a character Windows cannot hold
 * in a file name, a path separator, a drive colon or white space becomes {@code _}, a leading dot
 * too; a reserved device name (CON, NUL, COM1...) gets a {@code _} in front; and servers whose
 * names give one file name each get their plan id added, so no two scripts share a file.
 */
public final class ScriptFileNames {
    public static final String EXTENSION = ".ps1";
    private static final int MAX_BASE = 180;
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|conin\\$|conout\\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String NOT_IN_FILE_NAMES = "<>:\"/\\|?*";

    private final Map<Server, String> names = new IdentityHashMap<>();

    /** The file names of every server of the plan (computed over all of them, so a name does not depend on which are written). */
    public ScriptFileNames(Topology topology) {
        List<Server> servers = topology.servers();
        Map<String, Integer> count = new HashMap<>();
        Map<Server, String> bases = new IdentityHashMap<>();
        for (Server s : servers) {
            String base = base(s.getName(), s.id());
            bases.put(s, base);
            count.merge(key(base), 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        for (Server s : servers) {
            String base = bases.get(s);
            if (count.get(key(base)) > 1) base = base(base + "-" + s.id(), s.id());
            String name = base;
            for (int n = 2; used.contains(key(name)); n++) name = base + "-" + n;
            used.add(key(name));
            names.put(s, name + EXTENSION);
        }
    }

    /** The script file name of a server of the plan ("wsus-ber01.eu.corp.contoso.com.ps1"). */
    public String of(Server server) {
        String name = names.get(server);
        if (name == null) throw new IllegalArgumentException(server.id() + " is not a server of this plan");
        return name;
    }

    /** A host name as a file name without extension: lower case, only characters any file system holds, never a device. */
    static String base(String hostName, String id) {
        String text = hostName == null || hostName.isBlank() ? id : hostName.trim();
        text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> sb.appendCodePoint(safe(c) ? c : '_'));
        for (int i = 0; i < sb.length() && sb.charAt(i) == '.'; i++) sb.setCharAt(i, '_');
        String base = sb.toString();
        if (base.length() > MAX_BASE) base = base.substring(0, Character.isHighSurrogate(base.charAt(MAX_BASE - 1)) ? MAX_BASE - 1 : MAX_BASE);
        int dot = base.indexOf('.');
        if (RESERVED.matcher(dot < 0 ? base : base.substring(0, dot)).matches()) base = "_" + base;
        return base;
    }

    private static boolean safe(int c) {
        return !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && NOT_IN_FILE_NAMES.indexOf(c) < 0 && Character.getType(c) != Character.FORMAT;
    }

    private static String key(String name) { return name.toLowerCase(Locale.ROOT); }
}
