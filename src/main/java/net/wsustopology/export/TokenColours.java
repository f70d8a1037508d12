package net.wsustopology.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.wsustopology.validation.Severity;

/**
 * The colours of the editor's stylesheets, read from the {@code -wsus-*} tokens of
 * styles/tokens.css (and styles/dark.css over it for the dark theme), so exports match the screen.
 */
public final class TokenColours {
    private static final Pattern TOKEN = Pattern.compile("(-wsus-[A-Za-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");
    private static final String LIGHT_CSS = "styles/tokens.css";
    private static final String DARK_CSS = "styles/dark.css";

    private final Map<String, Color> colors;

    private TokenColours(Map<String, Color> colors) { this.colors = Collections.unmodifiableMap(colors); }

    public static TokenColours of(Theme theme) {
        Map<String, Color> colors = new HashMap<>();
        colors.putAll(parse(read(LIGHT_CSS)));
        if (theme == Theme.DARK) colors.putAll(parse(read(DARK_CSS)));
        return new TokenColours(colors);
    }

    public static TokenColours light() { return of(Theme.LIGHT); }

    public static TokenColours dark() { return of(Theme.DARK); }

    /** Every {@code -wsus-name: #rrggbb;} declaration of a stylesheet, by token name without the prefix. */
    static Map<String, Color> parse(String css) {
        Map<String, Color> colors = new HashMap<>();
        Matcher m = TOKEN.matcher(css);
        while (m.find()) colors.put(m.group(1).substring("-wsus-".length()), new Color(Integer.parseInt(m.group(2), 16)));
        return colors;
    }

    private static String read(String resource) {
        try (InputStream in = TokenColours.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing stylesheet on the classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of token {@code -wsus-name}. */
    public Color color(String name) {
        Color c = colors.get(name);
        if (c == null) throw new IllegalArgumentException("no colour token -wsus-" + name);
        return c;
    }

    public Map<String, Color> tokens() { return colors; }

    public Color surface() { return color("surface"); }
    public Color surfaceAlt() { return color("surface-alt"); }
    public Color canvas() { return color("canvas"); }
    public Color border() { return color("border"); }
    public Color text() { return color("text"); }
    public Color textMuted() { return color("text-muted"); }
    public Color accent() { return color("accent"); }
    public Color ok() { return color("ok"); }
    public Color root() { return color("root"); }
    public Color autonomous() { return color("autonomous"); }
    public Color replica() { return color("replica"); }
    public Color replicaBorder() { return color("replica-border"); }
    public Color edge() { return color("edge"); }
    public Color microsoftUpdate() { return color("mu"); }

    public Color severity(Severity severity) {
        return switch (severity) {
            case ERROR -> color("error");
            case WARNING -> color("warning");
            case INFO -> color("info");
        };
    }

    /** {@code base} moved {@code amount} (0..1) of the way towards {@code tint}. */
    public static Color mix(Color base, Color tint, double amount) {
        return new Color(blend(base.getRed(), tint.getRed(), amount), blend(base.getGreen(), tint.getGreen(), amount),
                blend(base.getBlue(), tint.getBlue(), amount));
    }

    private static int blend(int a, int b, double t) { return (int) Math.round(a + (b - a) * t); }
}
