package net.wsustopology.export.scripts;

import java.util.function.BiFunction;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * One server setting an apply script sets through the WSUS administration API: the API property,
 * the plan setting it carries (as {@code diff} names it), how the script reads it, checks a value
 * and sets it. Adding a setting to the scripts is one entry in {@link ApiSettings}.
 *
 * @param property  the API property (and the key of the script's plan, record and table)
 * @param planPath  the file path of the plan setting ({@code diff}'s setting name)
 * @param label     how the script's table names it
 * @param kind      the value's type: how it is checked, read and set
 * @param target    the API object that holds it
 * @param fact      where the API fact comes from (a WSUS-API.md page id), for the script's comment
 * @param planned   the planned value of a server (Boolean, Integer or String), or null when the
 *                  plan leaves the setting as it is (a proxy name with the proxy off)
 */
public record ApiSetting(String property, String planPath, String label, Kind kind, Target target, String fact,
                         BiFunction<Topology, Server, Object> planned) {

    /** The object of the administration API a setting belongs to, and its variable in the script. */
    public enum Target {
        CONFIGURATION("$config", "IUpdateServerConfiguration"), SUBSCRIPTION("$subscription", "ISubscription");

        final String variable;
        final String type;

        Target(String variable, String type) {
            this.variable = variable;
            this.type = type;
        }
    }

    /** A value's type: the script's check of it ({@code Test-PlannedValue}), how it is read and set. */
    public enum Kind {
        FLAG("bool", "[bool]"), PORT("port", "[int]"), PER_DAY("perDay", "[int]"), HOST("host", "[string]"),
        TEXT("text", "[string]"), TIME("time", null), LANGUAGES("languages", null);

        final String check;
        final String cast;

        Kind(String check, String cast) {
            this.check = check;
            this.cast = cast;
        }
    }

    /** The PowerShell expression that reads the current value in its comparable form. */
    String readExpression() {
        String member = target.variable + "." + property;
        return switch (kind) {
            case TIME -> "Format-TimeOfDay " + member;
            case LANGUAGES -> "Join-Codes " + target.variable + ".GetEnabledUpdateLanguages()";
            default -> kind.cast + member;
        };
    }

    /** The PowerShell statement that sets the value held in {@code value} (an expression). */
    String setStatement(String value) {
        return switch (kind) {
            case TIME -> target.variable + "." + property + " = [TimeSpan]::ParseExact([string]" + value
                    + ", 'hh\\:mm', $invariant)";
            case LANGUAGES -> target.variable + ".SetEnabledUpdateLanguages((New-Codes ([string]" + value + ")))";
            default -> target.variable + "." + property + " = " + kind.cast + value;
        };
    }

    /** The API member named in the script's comments. */
    String apiMember() {
        return target.type + "." + (kind == Kind.LANGUAGES ? "GetEnabledUpdateLanguages() / SetEnabledUpdateLanguages()" : property);
    }
}
