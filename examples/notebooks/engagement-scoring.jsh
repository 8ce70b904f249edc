// Engagement scoring in jshell. From the repository root, after a build:
//   jshell --class-path alumni-metrics/target/classes:alumni-core/target/classes examples/notebooks/engagement-scoring.jsh
// (or the jars of org.alumnisdk:alumni-metrics and alumni-core). Synthetic, clearly fake data.
import java.time.*;
import java.util.*;
import org.alumnisdk.core.*;
import org.alumnisdk.core.activity.*;
import org.alumnisdk.core.spi.*;
import org.alumnisdk.metrics.*;
import org.alumnisdk.metrics.export.*;
import org.alumnisdk.metrics.score.*;

// 1. A fixed clock, a tenant, and a consent gate that refuses one alumnus
var now = Instant.parse("2026-12-01T00:00:00Z");
var clock = Clock.fixed(now, ZoneOffset.UTC);
var tenant = TenantId.of("acme");
PurposeGate gate = (t, a, p, at) -> a.value().equals("a-3") ? GateDecision.deny("refused analytics") : GateDecision.allow("consent on record");

// 2. Half-life arithmetic: an activity exactly one half-life (180 days) old counts half its weight
var sum = DecayedSum.withHalfLife(Duration.ofDays(180)).add(now.minus(Duration.ofDays(180)), 4.0);
System.out.println("one half-life old, weight 4: " + sum.valueAt(now));

// 3. A seeded synthetic log: 5 alumni, 2,000 activities, ids act-0 .. act-1999
var types = List.of(ActivityType.EVENT_ATTENDED, ActivityType.CONTENT_CLICKED, ActivityType.MENTORING,
    ActivityType.REFERRAL_SUBMITTED, ActivityType.EVENT_RSVP, ActivityType.CONTENT_OPENED);
var random = new SplittableRandom(7);
var log = new ArrayList<Activity>();
for (int i = 0; i < 2_000; i++) {
  log.add(Activity.of(ActivityId.of("act-" + i), tenant, AlumnusId.of("a-" + random.nextInt(5)),
      types.get(random.nextInt(types.size())), now.minus(Duration.ofHours(random.nextInt(24 * 730)))));
}

// 4. Stream it in one call; replaying the same log again changes nothing (all duplicates)
var scorer = Engagement.scorer(tenant, Engagement.defaults(), clock, gate);
System.out.println("first pass:  " + scorer.acceptAll(log).counts());
System.out.println("replay:      " + scorer.acceptAll(log).counts());

// 5. The report: records, one per consenting alumnus, ordered by id; the refuser is only counted
var report = scorer.report();
report.scores().forEach(System.out::println);
System.out.println("excluded for consent: " + report.excludedForConsent());

// 6. Arrival order does not matter (to rounding)
var shuffled = new ArrayList<>(log);
Collections.shuffle(shuffled, new Random(1));
var other = Engagement.scorer(tenant, Engagement.defaults(), clock, gate);
other.acceptAll(shuffled);
System.out.println("same scores in another order: " + (Math.abs(other.report().scores().get(0).score()
    - report.scores().get(0).score()) < 1e-9));

// 7. Export for a spreadsheet or another tool
System.out.println(Csv.write(EngagementScore.class, report.scores()));
System.out.println(JsonExport.write(report.scores().get(0)));
/exit
