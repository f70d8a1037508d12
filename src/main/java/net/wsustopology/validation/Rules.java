package net.wsustopology.validation;

import java.util.List;
import net.wsustopology.validation.rules.FanOutExceededRule;
import net.wsustopology.validation.rules.LanguageNotOnUpstreamRule;

/** The registered rules of RULES.md, in the order findings are listed for one server. */
public final class Rules {
    private Rules() { }

    public static List<Rule> all() {
        return List.of(
                new LanguageNotOnUpstreamRule(),
                new FanOutExceededRule());
    }
}
