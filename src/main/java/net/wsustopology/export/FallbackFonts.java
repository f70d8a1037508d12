package net.wsustopology.export;

import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.wsustopology.io.workspace.OperatingSystem;

/**
 * The system fonts that draw what the bundled face lacks (CJK and other scripts). The font
 * folders are looked at only when the first such character turns up; the well-known CJK fonts
 * of Windows, macOS and Linux are tried first, in a fixed order, then every other font file of
 * the folders (TrueType before OpenType-CFF, which a PDF can only draw as outlines), each read
 * only when the ones before it lack a character.
 */
final class FallbackFonts {
    /** Regular and bold file names, in the order they are tried. */
    private static final String[][] PREFERRED = {
        // Windows
        {"YuGothM.ttc", "YuGothB.ttc"}, {"YuGothR.ttc", "YuGothB.ttc"}, {"msyh.ttc", "msyhbd.ttc"},
        {"malgun.ttf", "malgunbd.ttf"}, {"meiryo.ttc", "meiryob.ttc"}, {"simsun.ttc", null},
        // macOS
        {"ヒラギノ角ゴシック W3.ttc", "ヒラギノ角ゴシック W6.ttc"}, {"PingFang.ttc", null}, {"Hiragino Sans GB.ttc", null},
        {"STHeiti Light.ttc", "STHeiti Medium.ttc"}, {"AppleSDGothicNeo.ttc", null},
        // Linux
        {"wqy-microhei.ttc", null}, {"wqy-zenhei.ttc", null}, {"NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"},
        {"NotoSansCJKjp-Regular.otf", "NotoSansCJKjp-Bold.otf"}, {"NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"},
        {"DroidSansFallbackFull.ttf", null}, {"DroidSansFallback.ttf", null},
        // wide coverage, anywhere
        {"Arial Unicode.ttf", null}, {"arialuni.ttf", null},
    };
    private static final int MAX_DEPTH = 5;

    /** One system font, read when first needed; a file that cannot be read is skipped from then on. */
    private static final class Family {
        final Path regular;
        final Path boldFile;
        FontFace face;
        FontFace boldFace;
        boolean broken;

        Family(Path regular, Path boldFile) {
            this.regular = regular;
            this.boldFile = boldFile;
        }

        FontFace regular() {
            if (face == null && !broken) {
                try {
                    face = FontFace.load(regular, false);
                } catch (IOException | FontFormatException | RuntimeException unreadable) {
                    face = null;
                }
                broken = face == null;
            }
            return face;
        }

        FontFace forStyle(boolean bold) {
            FontFace plain = regular();
            if (!bold || boldFile == null || plain == null) return plain;
            if (boldFace == null) {
                try {
                    boldFace = FontFace.load(boldFile, true);
                } catch (IOException | FontFormatException | RuntimeException unreadable) {
                    boldFace = null;
                }
                if (boldFace == null) boldFace = plain;
            }
            return boldFace;
        }
    }

    private static final FallbackFonts SYSTEM = new FallbackFonts(fontFolders());

    private final List<Path> folders;
    private List<Family> families;
    /** Which family draws a code point; absent: not looked up yet; null value: no font has it. */
    private final Map<Integer, Family> chosen = new HashMap<>();

    FallbackFonts(List<Path> folders) { this.folders = folders; }

    static FallbackFonts system() { return SYSTEM; }

    /** The first system face that has {@code codePoint}, bold if the family has a bold face; null when none has it. */
    synchronized FontFace faceFor(int codePoint, boolean bold) {
        Family family;
        if (chosen.containsKey(codePoint)) {
            family = chosen.get(codePoint);
        } else {
            family = find(codePoint);
            chosen.put(codePoint, family);
        }
        return family == null ? null : family.forStyle(bold);
    }

    private Family find(int codePoint) {
        if (families == null) families = discover();
        for (Family f : families) {
            FontFace face = f.regular();
            if (face != null && face.canDisplay(codePoint)) return f;
        }
        return null;
    }

    private List<Family> discover() {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
                files.filter(FallbackFonts::isFontFile).sorted(FallbackFonts::compareFormats)
                        .forEach(p -> byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | RuntimeException unreadable) {
                // a folder we may not read adds no fonts
            }
        }
        List<Family> found = new ArrayList<>();
        for (String[] names : PREFERRED) {
            Path regular = byName.remove(names[0].toLowerCase(Locale.ROOT));
            if (regular == null) continue;
            Path bold = names[1] == null ? null : byName.remove(names[1].toLowerCase(Locale.ROOT));
            found.add(new Family(regular, bold));
        }
        for (Path rest : byName.values()) found.add(new Family(rest, null));
        return found;
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf") || name.endsWith(".otc"))
                && Files.isRegularFile(p);
    }

    /** TrueType files (real text in a PDF) before OpenType-CFF ones, then by path so the order is the same on every run. */
    private static int compareFormats(Path a, Path b) {
        int byFormat = Boolean.compare(isCff(a), isCff(b));
        return byFormat != 0 ? byFormat : a.toString().compareTo(b.toString());
    }

    private static boolean isCff(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".otf") || name.endsWith(".otc");
    }

    /** The font folders of this system and of the user. */
    static List<Path> fontFolders() {
        String home = System.getProperty("user.home", "");
        List<Path> folders = new ArrayList<>();
        switch (OperatingSystem.current()) {
            case WINDOWS -> {
                String windir = System.getenv("WINDIR");
                folders.add(Paths.get(windir == null ? "C:\\Windows" : windir, "Fonts"));
                String local = System.getenv("LOCALAPPDATA");
                if (local != null) folders.add(Paths.get(local, "Microsoft", "Windows", "Fonts"));
            }
            case MAC -> {
                folders.add(Paths.get("/System/Library/Fonts"));
                folders.add(Paths.get("/Library/Fonts"));
                folders.add(Paths.get(home, "Library", "Fonts"));
            }
            default -> {
                String dataHome = System.getenv("XDG_DATA_HOME");
                folders.add(dataHome == null || dataHome.isBlank() ? Paths.get(home, ".local", "share", "fonts")
                        : Paths.get(dataHome, "fonts"));
                folders.add(Paths.get(home, ".fonts"));
                folders.add(Paths.get("/usr/local/share/fonts"));
                folders.add(Paths.get("/usr/share/fonts"));
            }
        }
        return folders;
    }
}
