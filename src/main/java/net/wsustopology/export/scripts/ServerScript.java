package net.wsustopology.export.scripts;

import static net.wsustopology.export.scripts.PowerShell.comment;
import static net.wsustopology.export.scripts.PowerShell.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.wsustopology.model.Server;
import net.wsustopology.model.Topology;

/**
 * The PowerShell script that applies one server's settings (SPEC section 3). Its logic is the fixed
 * text {@code Apply-Settings.ps1} beside this class; this fills in the plan: one value per
 * {@link ApiSetting}, how each is read, and how each is set. Every plan value is a single-quoted
 * literal; the proxy password is never part of it.
 */
final class ServerScript {
    private static final String TEMPLATE = "Apply-Settings.ps1";
    private static final Pattern MARKER = Pattern.compile("##([A-Z-]+)##");
    private static final String INDENT = "    ";
    private static final String SET_INDENT = "        ";

    private final Topology topology;
    private final Server server;
    private final String fileName;

    ServerScript(Topology topology, Server server, String fileName) {
        this.topology = topology;
        this.server = server;
        this.fileName = fileName;
    }

    /** The script text with \n line ends. */
    String text() {
        String base = fileName.endsWith(".ps1") ? fileName.substring(0, fileName.length() - 4) : fileName;
        Map<String, String> fills = Map.ofEntries(
                Map.entry("HOST-COMMENT", help(server.getName())),
                Map.entry("PLAN-ID", server.id()),
                Map.entry("PLAN-COMMENT", help(topology.getName())),
                Map.entry("DATE", LocalDate.now().toString()),
                Map.entry("FILE", help(fileName)),
                Map.entry("RECORD-EXAMPLE", help(base) + ".apply.20270301-101500.json"),
                Map.entry("HOST", quote(server.getName())),
                Map.entry("PLAN-ID-QUOTED", quote(server.id())),
                Map.entry("PLANNED", planned()),
                Map.entry("LABELS", entries(s -> quote(s.label()))),
                Map.entry("KINDS", entries(s -> quote(s.kind().check))),
                Map.entry("PLAN-PROBLEMS", planProblems()),
                Map.entry("READ-SETTINGS", readSettings()),
                Map.entry("SET-CONFIGURATION", sets(ApiSetting.Target.CONFIGURATION)),
                Map.entry("SET-SCHEDULE", sets(ApiSetting.Target.SUBSCRIPTION)));
        // one pass, so a plan value that looks like a marker stays text
        Matcher m = MARKER.matcher(template());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fill = fills.get(m.group(1));
            if (fill == null) throw new IllegalStateException("no value for " + m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(fill));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text inside the script's help block: one line that cannot end the block. */
    private static String help(String text) { return comment(text).replace("#>", "# >"); }

    /** The planned values: only the settings the plan sets on this server. */
    private String planned() {
        List<String> lines = new ArrayList<>();
        for (ApiSetting s : ApiSettings.all()) {
            Object value = s.planned().apply(topology, server);
            if (value != null) lines.add(INDENT + quote(s.property()) + " = " + literal(value));
        }
        return String.join("\n", lines);
    }

    private static String entries(Function<ApiSetting, String> value) {
        List<String> lines = new ArrayList<>();
        for (ApiSetting s : ApiSettings.all()) lines.add(INDENT + quote(s.property()) + " = " + value.apply(s));
        return String.join("\n", lines);
    }

    /** What the script refuses before any check of the server: a plan it cannot apply. */
    private String planProblems() {
        List<String> lines = new ArrayList<>();
        if (server.isSyncFromUpstream() && topology.upstreamOf(server) == null) {
            String missing = server.getUpstreamId() == null ? "(none)" : server.getUpstreamId();
            lines.add(INDENT + quote("Update Source: the plan names no upstream server '" + missing
                    + "' for this server; fix the plan and generate the scripts again"));
        }
        return String.join("\n", lines);
    }

    /** Read-Settings: every setting's current value, in the form the plan's values have. */
    private String readSettings() {
        StringBuilder sb = new StringBuilder();
        sb.append("function Read-Settings($config, $subscription) {\n");
        sb.append(INDENT).append("# the current value of every setting the script manages, comparable with the plan's\n");
        sb.append(INDENT).append("$values = [ordered]@{}\n");
        for (ApiSetting s : ApiSettings.all()) {
            sb.append(INDENT).append("# ").append(s.apiMember()).append(" (").append(s.fact()).append(")\n");
            sb.append(INDENT).append("$values[").append(quote(s.property())).append("] = ").append(s.readExpression()).append('\n');
        }
        sb.append(INDENT).append("return $values\n");
        sb.append('}');
        return sb.toString();
    }

    /** The statements that set every planned value of one API object. */
    private static String sets(ApiSetting.Target target) {
        List<String> lines = new ArrayList<>();
        for (ApiSetting s : ApiSettings.all()) {
            if (s.target() != target) continue;
            String key = quote(s.property());
            lines.add(SET_INDENT + "if ($planned.Contains(" + key + ")) { " + s.setStatement("$planned[" + key + "]") + " }");
        }
        return String.join("\n", lines);
    }

    private static String literal(Object value) {
        if (value instanceof Boolean b) return PowerShell.bool(b);
        if (value instanceof Integer i) return i.toString();
        return quote(value.toString());
    }

    private static String template() {
        try (InputStream in = ServerScript.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) throw new IllegalStateException(TEMPLATE + " is missing from the program's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
