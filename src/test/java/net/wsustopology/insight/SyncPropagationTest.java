package net.wsustopology.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.wsustopology.model.Server;
import net.wsustopology.model.SyncSchedule;
import org.junit.jupiter.api.Test;

class SyncPropagationTest {
    private final Plans plans = new Plans();

    @Test
    void aDailyRootWaitsAWholeDayInTheWorstCase() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "03:00", 1);

        SyncPropagation p = SyncPropagation.of(plans.topology(), 30);

        assertEquals(Delay.bounded(1440 + 30), p.delay(hq));
    }

    @Test
    void aDownstreamWaitsForItsNextStartAfterTheUpstreamFinished() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "02:00", 1);
        Server ber = plans.downstream("ber", hq, "en");
        Plans.daily(ber, "02:20", 1);
        Server par = plans.downstream("par", hq, "en");
        Plans.daily(par, "02:30", 1);

        SyncPropagation p = SyncPropagation.of(plans.topology(), 30);

        // release 02:00+ -> hq syncs 02:00 next day, done 02:30 (+1470 min)
        // ber starts 02:20 before that finish, so it waits until 02:20 the day after: 2880 + 20 + 30
        assertEquals(Delay.bounded(1470), p.delay(hq));
        assertEquals(Delay.bounded(2880 + 20 + 30), p.delay(ber));
        // par starts exactly when hq finishes: it gets the release then
        assertEquals(Delay.bounded(1440 + 30 + 30), p.delay(par));
    }

    @Test
    void startsWrapAroundMidnight() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "23:50", 1);
        Server ber = plans.downstream("ber", hq, "en");
        Plans.daily(ber, "00:30", 1);

        SyncPropagation p = SyncPropagation.of(plans.topology(), 30);

        // release 23:50+ -> hq 23:50 next day, done 00:20 the day after; ber at 00:30 that day
        assertEquals(Delay.bounded(1470), p.delay(hq));
        assertEquals(Delay.bounded(1440 + 40 + 30), p.delay(ber));
    }

    @Test
    void severalSyncsADayShortenTheWaitToTheLongestGap() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "22:00", 4); // 22:00, 04:00, 10:00, 16:00
        Server ber = plans.downstream("ber", hq, "en");
        Plans.daily(ber, "01:00", 2); // 01:00, 13:00

        SyncPropagation p = SyncPropagation.of(plans.topology(), 30);

        assertEquals(Delay.bounded(360 + 30), p.delay(hq));
        // release 10:00+: hq 16:00-16:30, ber 01:00-01:30 -> 15 h 30 min, the worst of the four
        // (release 22:00+: hq 04:30 done, ber 13:30 -> 15 h 30 min too; 04:00+: 10:30, 13:30 -> 9 h 30 min)
        assertEquals(Delay.bounded(15 * 60 + 30), p.delay(ber));
    }

    @Test
    void unevenSchedulesUseTheRealGaps() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "00:00", 7); // starts at i * 1440 / 7 minutes: 0, 205, 411, 617, 822, 1028, 1234
        SyncPropagation p = SyncPropagation.of(plans.topology(), 0);
        assertEquals(Delay.bounded(206), p.delay(hq));
    }

    @Test
    void manualInvalidAndDisconnectedServersHaveNoBound() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "03:00", 1);
        Server manual = plans.downstream("manual", hq, "en");
        Server belowManual = plans.downstream("below", manual, "en");
        Plans.daily(belowManual, "05:00", 1);
        Server broken = plans.downstream("broken", hq, "en");
        broken.setSync(new SyncSchedule(true, "25:00", 1));
        Server orphan = new Server("orphan");
        orphan.setSyncFromUpstream(true);
        orphan.setUpstreamId("gone");
        Plans.daily(orphan, "03:00", 1);
        plans.topology().addServer(orphan);

        SyncPropagation p = SyncPropagation.of(plans.topology(), 30);

        assertEquals(Delay.MANUAL, p.delay(manual));
        assertEquals(Delay.MANUAL, p.delay(belowManual));
        assertEquals(Delay.INVALID_SCHEDULE, p.delay(broken));
        assertEquals(Delay.DISCONNECTED, p.delay(orphan));
        assertEquals("manual sync", p.delay(manual).describe());
    }

    @Test
    void slowestFirstAndHeatScaleAgainstTheSlowestBoundedServer() {
        Server hq = plans.root("hq", "en");
        Plans.daily(hq, "00:00", 2);
        Server ber = plans.downstream("ber", hq, "en");
        Plans.daily(ber, "00:00", 1);
        Server manual = plans.downstream("manual", hq, "en");

        SyncPropagation p = SyncPropagation.of(plans.topology(), 60);

        assertEquals(Delay.bounded(780), p.delay(hq));
        // release 00:00+: hq 12:00-13:00, ber next day 00:00-01:00 -> 1500 min;
        // release 12:00+: hq next day 00:00-01:00, ber misses 00:00 and waits a day -> 2940 - 720 = 2220 min
        assertEquals(Delay.bounded(2880 + 60 - 720), p.delay(ber));
        assertEquals(List.of(manual, ber), p.slowest(2));
        assertEquals(1.0, p.heat().get("ber"));
        assertEquals(780.0 / 2220, p.heat().get("hq"), 1e-9);
        assertEquals(1.0, p.heat().get("manual"));
    }

    @Test
    void formatsMinutesForPeople() {
        assertEquals("1 d 0 h 30 min", Delay.formatMinutes(1470));
        assertEquals("2 h 5 min", Delay.formatMinutes(125));
        assertEquals("45 min", Delay.formatMinutes(45));
    }
}
