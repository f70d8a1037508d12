package net.wsustopology.ui.inspector;

import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.wsustopology.model.Limits;
import net.wsustopology.model.Ports;
import net.wsustopology.model.SyncSchedule;

/**
 * Turns field text into model values. Counts outside a sensible range are accepted on purpose
 * (validation reports them with the rule that explains why); text that is not a number is not,
 * and neither is a port no server can listen on (a file with one still loads and gets NET-01).
 */
final class Parsers {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern LOOSE_TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    private Parsers() { }

    static Function<String, Parsed<String>> text() { return Parsed::ok; }

    static Function<String, Parsed<Integer>> port() {
        return t -> INTEGER.matcher(t).matches() && Ports.inRange(Integer.parseInt(t))
                ? Parsed.ok(Integer.valueOf(t)) : Parsed.fail("Enter a port number (" + Ports.RANGE + ")");
    }

    /** A port that may be left empty (null). */
    static Function<String, Parsed<Integer>> optionalPort() {
        return t -> t.isEmpty() ? Parsed.ok(null) : port().apply(t);
    }

    static Function<String, Parsed<Integer>> count() {
        return t -> INTEGER.matcher(t).matches() && !t.startsWith("-") ? Parsed.ok(Integer.valueOf(t))
                : Parsed.fail("Enter a whole number, 0 or more");
    }

    static Function<String, Parsed<Integer>> positive() {
        return t -> INTEGER.matcher(t).matches() && Integer.parseInt(t) >= 1 ? Parsed.ok(Integer.valueOf(t))
                : Parsed.fail(Limits.NOT_POSITIVE);
    }

    /** HH:MM in 24-hour UTC; "7:30" is read as "07:30". */
    static Function<String, Parsed<String>> timeOfDay() {
        return t -> {
            String padded = LOOSE_TIME.matcher(t).matches() && t.length() == 4 ? "0" + t : t;
            OptionalInt minute = SyncSchedule.parseMinuteOfDay(padded);
            return minute.isPresent() ? Parsed.ok(padded) : Parsed.fail("Enter a time as HH:MM (00:00-23:59)");
        };
    }
}
