package net.wsustopology.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.wsustopology.model.Hierarchy;
import net.wsustopology.model.LanguageCatalog;
import net.wsustopology.model.LanguageSelection;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.model.Topology;

/** LNG-01, LNG-02 and LNG-03: languages the upstream lacks, none at all, unknown codes. */
final class LanguageFixes implements Fixer {
    @Override public List<String> ruleIds() { return List.of("LNG-01", "LNG-02", "LNG-03"); }

    @Override public String whyNone(FixTarget t) {
        return t.ruleId().equals("LNG-01") && t.upstream() == null ? NoFixReasons.UPSTREAM_MISSING : NoFixReasons.UNCHANGEABLE;
    }

    @Override public List<QuickFix> fixes(FixTarget t) {
        return switch (t.ruleId()) {
            case "LNG-01" -> missingOnUpstream(t);
            case "LNG-02" -> noLanguage(t);
            default -> unknownCode(t);
        };
    }

    // ---- LNG-01

    private List<QuickFix> missingOnUpstream(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        if (up == null) return List.of();
        LanguageSelection own = s.getLanguages();
        LanguageSelection upstream = t.topology().hierarchy().effectiveLanguages(up);
        if (upstream == null) return List.of();
        List<String> missing = new ArrayList<>();
        if (!own.all()) for (String code : own.codes()) if (!upstream.includes(code)) missing.add(code);
        if (!own.all() && missing.isEmpty()) return List.of();
        List<Server> receivers = receivers(t.topology(), up, own.all(), missing);
        if (receivers.isEmpty()) return List.of();

        List<QuickFix> fixes = new ArrayList<>();
        String what = own.all() ? "all languages" : String.join(", ", missing);
        String label = (own.all() ? "Download all languages on " : "Add " + what + " to ") + names(receivers);
        String change = "languages + " + what + " on " + plainNames(receivers);
        fixes.add(QuickFix.safe(t, label, change, () -> {
            Labelled edit = Labelled.edit(t.edits(), label);
            for (Server r : receivers) {
                LanguageSelection next = own.all() ? r.getLanguages().withAll(true) : withCodes(r.getLanguages(), missing);
                edit.set(r, ServerSettings.LANGUAGES, next);
            }
            return edit.build();
        }));
        if (!own.all()) {
            LanguageSelection reduced = own;
            for (String code : missing) reduced = reduced.with(code, false);
            if (!reduced.isEmpty()) {
                LanguageSelection result = reduced;
                String removeLabel = "Remove " + what + " from " + FixTarget.name(s);
                fixes.add(QuickFix.option(t, removeLabel, "languages - " + what,
                        () -> Labelled.edit(t.edits(), removeLabel).set(s, ServerSettings.LANGUAGES, result).build()));
            }
        }
        return fixes;
    }

    /**
     * The servers up the chain from {@code first} that must download the languages: every
     * autonomous one until one already has them, or up to the root. Replicas are passed over
     * (they inherit); a loop or a dangling upstream ends the walk.
     */
    private static List<Server> receivers(Topology topology, Server first, boolean all, List<String> codes) {
        Hierarchy hierarchy = topology.hierarchy();
        List<Server> chain = new ArrayList<>(List.of(first));
        chain.addAll(hierarchy.upstreamChain(first));
        List<Server> result = new ArrayList<>();
        for (Server current : chain) {
            LanguageSelection effective = hierarchy.effectiveLanguages(current);
            if (effective == null) break;
            if (all ? effective.all() : includesAll(effective, codes)) break;
            if (!(current.isReplica() && current.isSyncFromUpstream())) result.add(current);
        }
        return result;
    }

    private static boolean includesAll(LanguageSelection selection, List<String> codes) {
        for (String c : codes) if (!selection.includes(c)) return false;
        return true;
    }

    private static LanguageSelection withCodes(LanguageSelection selection, List<String> codes) {
        LanguageSelection next = selection;
        for (String c : codes) next = next.with(c, true);
        return next;
    }

    /** "wsus-emea01 and its upstream wsus-hq01", "wsus-a and its upstreams wsus-b, wsus-c". */
    private static String names(List<Server> servers) {
        String first = FixTarget.name(servers.get(0));
        if (servers.size() == 1) return first;
        List<String> rest = new ArrayList<>();
        for (Server s : servers.subList(1, servers.size())) rest.add(FixTarget.name(s));
        return first + " and its upstream" + (rest.size() == 1 ? " " : "s ") + String.join(", ", rest);
    }

    private static String plainNames(List<Server> servers) {
        List<String> names = new ArrayList<>();
        for (Server s : servers) names.add(FixTarget.name(s));
        return String.join(", ", names);
    }

    // ---- LNG-02

    /** The known codes of the upstream's effective languages when it has some, else English. */
    private static LanguageSelection fallbackLanguages(FixTarget t) {
        Server up = t.upstream();
        LanguageSelection inherited = up == null ? null : t.topology().hierarchy().effectiveLanguages(up);
        if (inherited == null) return LanguageSelection.ENGLISH;
        if (inherited.all()) return LanguageSelection.ALL;
        List<String> known = new ArrayList<>();
        for (String code : inherited.codes()) if (LanguageCatalog.isKnown(code)) known.add(code);
        return known.isEmpty() ? LanguageSelection.ENGLISH : LanguageSelection.of(known);
    }

    private List<QuickFix> noLanguage(FixTarget t) {
        Server s = t.server();
        Server up = t.upstream();
        LanguageSelection inherited = up == null ? null : t.topology().hierarchy().effectiveLanguages(up);
        if (inherited == null || inherited.isEmpty()) {
            String label = "Select en on " + FixTarget.name(s);
            return List.of(QuickFix.safe(t, label, "languages = en",
                    () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.LANGUAGES, LanguageSelection.ENGLISH).build()));
        }
        String label = "Select " + FixTarget.name(up) + "'s languages (" + inherited.summary() + ") on " + FixTarget.name(s);
        return List.of(QuickFix.safe(t, label, "languages = " + inherited.summary(),
                () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.LANGUAGES, inherited).build()));
    }

    // ---- LNG-03

    private List<QuickFix> unknownCode(FixTarget t) {
        Server s = t.server();
        LanguageSelection own = s.getLanguages();
        LanguageSelection corrected = own;
        LanguageSelection kept = own;
        List<String> renames = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : own.codes()) {
            if (LanguageCatalog.isKnown(code)) continue;
            String known = closestKnown(code);
            kept = kept.with(code, false);
            corrected = corrected.with(code, false);
            if (known == null) {
                unknown.add(code);
            } else {
                corrected = corrected.with(known, true);
                renames.add(code + " → " + known);
            }
        }
        List<QuickFix> fixes = new ArrayList<>();
        LanguageSelection fallback = fallbackLanguages(t);
        if (corrected.isEmpty() && !unknown.isEmpty() && !fallback.equals(own)) {
            // nothing known is left: take what LNG-02 would select rather than leave no language
            String label = "Replace " + String.join(", ", unknown) + " by " + fallback.summary() + " on " + FixTarget.name(s);
            fixes.add(QuickFix.safe(t, label, "languages " + String.join(", ", unknown) + " → " + fallback.summary(),
                    () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.LANGUAGES, fallback).build()));
        }
        if (!corrected.isEmpty() && !(renames.isEmpty() && unknown.isEmpty())) {
            LanguageSelection result = corrected;
            List<String> parts = new ArrayList<>();
            if (!renames.isEmpty()) parts.add("replace " + String.join(", ", renames));
            if (!unknown.isEmpty()) parts.add("remove " + String.join(", ", unknown));
            String what = String.join(" and ", parts);
            String label = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " on " + FixTarget.name(s);
            fixes.add(QuickFix.safe(t, label, "languages: " + what,
                    () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.LANGUAGES, result).build()));
        }
        if (!renames.isEmpty() && !kept.isEmpty()) {
            LanguageSelection result = kept;
            List<String> dropped = new ArrayList<>();
            for (String code : own.codes()) if (!LanguageCatalog.isKnown(code)) dropped.add(code);
            String label = "Remove " + String.join(", ", dropped) + " from " + FixTarget.name(s);
            fixes.add(QuickFix.option(t, label, "languages - " + String.join(", ", dropped),
                    () -> Labelled.edit(t.edits(), label).set(s, ServerSettings.LANGUAGES, result).build()));
        }
        return fixes;
    }

    /** The known code that differs from {@code code} only in case or separator ("pt_BR" gives "pt-br"), or null. */
    static String closestKnown(String code) {
        String key = bare(code);
        for (String known : LanguageCatalog.codes()) if (bare(known).equals(key)) return known;
        return null;
    }

    private static String bare(String code) { return code.toLowerCase(Locale.ROOT).replaceAll("[-_. ]", ""); }
}
