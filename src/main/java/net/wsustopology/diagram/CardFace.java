package net.wsustopology.diagram;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.ServerSettings;
import net.wsustopology.validation.Reads;
import net.wsustopology.validation.Severity;

/**
 * What one server's card shows, decided here once for the canvas, presentation mode and every
 * export: the host name, its domain, the details line (site · tier · role; a card too narrow for
 * it cuts the site, never the tier and role), the kind (which
 * gives the shape and the R badge of a replica), the worst finding and, while the subtree below
 * is collapsed, how many servers it hides and their worst finding.
 */
public record CardFace(CardKind kind, String host, String domain, String site, String tierAndRole, Severity worst,
                       int hiddenBelow, Severity hiddenWorst, boolean clientsFromMicrosoftUpdate) {
    /** The badge of a server that does not store update files: its clients download them from Microsoft Update. */
    public static final String MICROSOFT_UPDATE_BADGE = "M";
    /** What the legend says of that badge. */
    public static final String MICROSOFT_UPDATE_LEGEND = "Clients download update files from Microsoft Update (" + MICROSOFT_UPDATE_BADGE + ")";

    public CardFace(CardKind kind, String host, String domain, String site, String tierAndRole, Severity worst,
                    int hiddenBelow, Severity hiddenWorst) {
        this(kind, host, domain, site, tierAndRole, worst, hiddenBelow, hiddenWorst, false);
    }

    /**
     * The server settings a card shows, seen from its server: its name, site and kind, and its
     * tier (the chain above). A view redraws the cards these reach when a setting changes.
     */
    public static final List<Reads> READS = List.of(
            Reads.self(Server.NAME, Server.SITE, Server.REPLICA, Server.SYNC_FROM_UPSTREAM, ServerSettings.STORE_LOCALLY.name()),
            Reads.hierarchy());

    /** {@code tier}: 1 for a root, null when the upstream chain loops or dangles. */
    public static CardFace of(Server s, Integer tier, Severity worst, int hiddenBelow, Severity hiddenWorst) {
        CardKind kind = CardKind.of(s);
        HostName name = HostName.of(printable(s.label()));
        return new CardFace(kind, name.host(), name.domain(), printable(s.getSite()).strip(), tierText(tier) + SEPARATOR + kind.word(),
                worst, hiddenBelow, hiddenWorst, !ServerSettings.STORE_LOCALLY.get(s));
    }

    public static CardFace of(Server s, Integer tier, Severity worst) { return of(s, tier, worst, 0, null); }

    /** Between the site, the tier and the role on the details line. */
    public static final String SEPARATOR = " · ";

    /** The details line: "site · Tier N · role", or "Tier N · role" without a site. */
    public String details() { return site.isEmpty() ? tierAndRole : site + SEPARATOR + tierAndRole; }

    public boolean replicaBadge() { return kind == CardKind.REPLICA; }

    /** How many badges sit in the top right corner: the replica's R, then the Microsoft Update M to its left. */
    public int badges() { return (replicaBadge() ? 1 : 0) + (clientsFromMicrosoftUpdate ? 1 : 0); }

    /** Left edge of the Microsoft Update badge, in card coordinates. */
    public double microsoftUpdateBadgeX() { return CardText.badgeX(replicaBadge() ? 1 : 0); }

    /** The name as written in the plan, host and domain joined again. */
    public String fullName() { return domain.isEmpty() ? host : host + "." + domain; }

    /** The card as plain text for formats that draw their own boxes (GraphML, DOT): the name, then the details. */
    public String caption() { return fullName() + "\n" + details(); }

    /** "+12" while 12 servers below are collapsed, else empty. */
    public String hiddenText() { return hiddenBelow > 0 ? "+" + hiddenBelow : ""; }

    public static String tierText(Integer tier) { return tier == null ? "No tier" : "Tier " + tier; }

    /** Control characters and line or paragraph separators would break SVG and PDF text and a card's lines; they are shown as spaces. */
    public static String printable(String text) {
        if (text == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (sb == null) sb = new StringBuilder(text.substring(0, i));
                sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
