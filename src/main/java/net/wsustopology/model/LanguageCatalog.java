package net.wsustopology.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The update languages the WSUS console offers, by code (RULES.md). */
public final class LanguageCatalog {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    static {
        add("ar", "Arabic"); add("bg", "Bulgarian"); add("cs", "Czech"); add("da", "Danish");
        add("de", "German"); add("el", "Greek"); add("en", "English"); add("es", "Spanish");
        add("et", "Estonian"); add("fi", "Finnish"); add("fr", "French"); add("he", "Hebrew");
        add("hi", "Hindi"); add("hr", "Croatian"); add("hu", "Hungarian"); add("it", "Italian");
        add("ja", "Japanese"); add("ja-nec", "Japanese (NEC)"); add("ko", "Korean");
        add("lt", "Lithuanian"); add("lv", "Latvian"); add("nl", "Dutch"); add("no", "Norwegian");
        add("pl", "Polish"); add("pt", "Portuguese"); add("pt-br", "Portuguese (Brazil)");
        add("ro", "Romanian"); add("ru", "Russian"); add("sk", "Slovak"); add("sl", "Slovenian");
        add("sr", "Serbian"); add("sv", "Swedish"); add("th", "Thai"); add("tr", "Turkish");
        add("uk", "Ukrainian"); add("zh-cn", "Chinese (Simplified)"); add("zh-hk", "Chinese (Hong Kong)");
        add("zh-tw", "Chinese (Traditional)");
    }
    private static final List<String> CODES = List.copyOf(NAMES.keySet());

    private LanguageCatalog() { }

    private static void add(String code, String name) { NAMES.put(code, name); }

    public static List<String> codes() { return CODES; }

    public static boolean isKnown(String code) { return NAMES.containsKey(normalize(code)); }

    public static String displayName(String code) {
        return NAMES.getOrDefault(normalize(code), code);
    }

    public static String normalize(String code) { return code.toLowerCase(Locale.ROOT); }

    public static Map<String, String> names() { return Collections.unmodifiableMap(NAMES); }
}
