package net.wsustopology.validation;

import java.util.List;
import net.wsustopology.validation.rules.DownstreamNewerThanUpstreamRule;
import net.wsustopology.validation.rules.DuplicateNameRule;
import net.wsustopology.validation.rules.FanOutExceededRule;
import net.wsustopology.validation.rules.FanOutNearLimitRule;
import net.wsustopology.validation.rules.HttpsPortNotPairedRule;
import net.wsustopology.validation.rules.InvalidHostNameRule;
import net.wsustopology.validation.rules.InvalidScheduleRule;
import net.wsustopology.validation.rules.LanguageNotOnUpstreamRule;
import net.wsustopology.validation.rules.LegacyVersionFromMicrosoftUpdateRule;
import net.wsustopology.validation.rules.MissingUpstreamRule;
import net.wsustopology.validation.rules.NoLanguageSelectedRule;
import net.wsustopology.validation.rules.PortOutOfRangeRule;
import net.wsustopology.validation.rules.ProxyBasicAuthRule;
import net.wsustopology.validation.rules.ProxyCredentialsWithoutUserRule;
import net.wsustopology.validation.rules.ProxyWithoutServerRule;
import net.wsustopology.validation.rules.ReplicaWithoutUpstreamRule;
import net.wsustopology.validation.rules.SiblingSyncClashRule;
import net.wsustopology.validation.rules.SourcePortMismatchRule;
import net.wsustopology.validation.rules.SslRequiredByUpstreamRule;
import net.wsustopology.validation.rules.SslToShortNameRule;
import net.wsustopology.validation.rules.SyncSoonAfterUpstreamRule;
import net.wsustopology.validation.rules.TierAboveMaximumRule;
import net.wsustopology.validation.rules.TierAboveRecommendedRule;
import net.wsustopology.validation.rules.TooManyClientsRule;
import net.wsustopology.validation.rules.NegativeClientsRule;
import net.wsustopology.validation.rules.UnknownLanguageRule;
import net.wsustopology.validation.rules.UpstreamLoopRule;

/** The registered rules of RULES.md, in the order findings are listed for one server. */
public final class Rules {
    private Rules() { }

    public static List<Rule> all() {
        return List.of(
                new LanguageNotOnUpstreamRule(),
                new NoLanguageSelectedRule(),
                new UnknownLanguageRule(),
                new FanOutExceededRule(),
                new FanOutNearLimitRule(),
                new UpstreamLoopRule(),
                new MissingUpstreamRule(),
                new ReplicaWithoutUpstreamRule(),
                new TierAboveRecommendedRule(),
                new TierAboveMaximumRule(),
                new DownstreamNewerThanUpstreamRule(),
                new LegacyVersionFromMicrosoftUpdateRule(),
                new PortOutOfRangeRule(),
                new InvalidHostNameRule(),
                new SourcePortMismatchRule(),
                new SslRequiredByUpstreamRule(),
                new HttpsPortNotPairedRule(),
                new DuplicateNameRule(),
                new SslToShortNameRule(),
                new ProxyWithoutServerRule(),
                new ProxyCredentialsWithoutUserRule(),
                new ProxyBasicAuthRule(),
                new InvalidScheduleRule(),
                new SiblingSyncClashRule(),
                new SyncSoonAfterUpstreamRule(),
                new TooManyClientsRule(),
                new NegativeClientsRule());
    }

    /** The registered rule with this id, or null. */
    public static Rule byId(String id) {
        for (Rule r : all()) if (r.id().equals(id)) return r;
        return null;
    }
}
