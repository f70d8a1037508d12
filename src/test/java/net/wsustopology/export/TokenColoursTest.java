package net.wsustopology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.Map;
import net.wsustopology.validation.Severity;
import org.junit.jupiter.api.Test;

class TokenColoursTest {
    @Test
    void lightColoursComeFromTokensCss() {
        TokenColours light = TokenColours.light();
        assertEquals(new Color(0xc62828), light.severity(Severity.ERROR));
        assertEquals(new Color(0xffffff), light.surface());
        assertEquals(new Color(0x6a3d9a), light.replicaBorder());
    }

    @Test
    void darkThemeOverridesTheLightTokens() {
        TokenColours dark = TokenColours.dark();
        assertEquals(new Color(0xff6b6b), dark.severity(Severity.ERROR));
        assertEquals(new Color(0x1e2227), dark.surface());
        assertNotEquals(TokenColours.light().canvas(), dark.canvas());
        assertEquals(TokenColours.light().tokens().keySet(), dark.tokens().keySet());
    }

    @Test
    void parsesOnlyWsusHexTokens() {
        Map<String, Color> tokens = TokenColours.parse(".root {\n  -wsus-a: #010203;\n  -fx-b: #ffffff;\n  -wsus-c : #A0B0C0 ;\n"
                + "  -wsus-d: red;\n}");
        assertEquals(Map.of("a", new Color(0x010203), "c", new Color(0xa0b0c0)), tokens);
    }

    @Test
    void unknownTokenIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> TokenColours.light().color("no-such-token"));
    }

    @Test
    void themeNames() {
        assertEquals(Theme.DARK, Theme.fromName("Dark"));
        assertThrows(IllegalArgumentException.class, () -> Theme.fromName("sepia"));
    }
}
