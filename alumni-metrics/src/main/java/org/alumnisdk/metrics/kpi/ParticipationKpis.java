package org.alumnisdk.metrics.kpi;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * Event and newsletter KPIs. Only alumni in the given measured set (whose consent covers
 * engagement analytics) are counted; the others are reported as excluded. Stateless.
 *
 * @since 0.1.0
 */
public final class ParticipationKpis {
  private ParticipationKpis() {}

  /**
   * Event participation: distinct alumni of record who attended at least one event starting in
   * the window ÷ alumni of record.
   *
   * @param events the events
   * @param window the window on the start time
   * @param alumniOfRecord the measured alumni of record (the denominator)
   * @return the KPI
   */
  public static Kpi eventParticipation(List<EventFact> events, Window window, Set<AlumnusId> alumniOfRecord) {
    Checks.notNull(events, "events");
    Checks.notNull(window, "window");
    Checks.notNull(alumniOfRecord, "alumniOfRecord");
    Set<AlumnusId> attended = new HashSet<>();
    Set<AlumnusId> outside = new HashSet<>();
    for (EventFact e : events) {
      if (!window.contains(e.startsAt())) {
        continue;
      }
      for (AlumnusId a : e.attendees()) {
        (alumniOfRecord.contains(a) ? attended : outside).add(a);
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("attendees outside the measured alumni of record", (long) outside.size());
    return Kpi.ratio("event-participation", attended.size(), alumniOfRecord.size(), new KpiDefinition(
        "distinct attendees / alumni of record", window, "distinct alumni of record who checked in at >= 1 event",
        "measured alumni of record", ex, List.of("attendance counts; RSVP alone does not")));
  }

  /**
   * Event show-up rate: (event, alumnus) pairs with an RSVP and a check-in ÷ pairs with an RSVP,
   * over events starting in the window. Walk-ins (check-in without RSVP) are reported, not counted.
   *
   * @param events the events
   * @param window the window
   * @param measured the measured alumni
   * @return the KPI
   */
  public static Kpi showUpRate(List<EventFact> events, Window window, Set<AlumnusId> measured) {
    Checks.notNull(events, "events");
    Checks.notNull(window, "window");
    Checks.notNull(measured, "measured");
    long rsvps = 0;
    long shows = 0;
    long walkIns = 0;
    long notMeasured = 0;
    for (EventFact e : events) {
      if (!window.contains(e.startsAt())) {
        continue;
      }
      for (AlumnusId a : e.rsvps()) {
        if (!measured.contains(a)) {
          notMeasured++;
          continue;
        }
        rsvps++;
        if (e.attendees().contains(a)) {
          shows++;
        }
      }
      for (AlumnusId a : e.attendees()) {
        if (measured.contains(a) && !e.rsvps().contains(a)) {
          walkIns++;
        }
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("walk-ins without RSVP (not in numerator)", walkIns);
    ex.put("RSVPs of alumni not measured (no consent)", notMeasured);
    return Kpi.ratio("event-show-up-rate", shows, rsvps, new KpiDefinition(
        "RSVPs followed by check-in / RSVPs", window, "(event, alumnus) pairs with RSVP and check-in",
        "(event, alumnus) pairs with RSVP", ex, List.of()));
  }

  /**
   * Newsletter click rate: (campaign, alumnus) pairs delivered and clicked ÷ pairs delivered.
   *
   * @param campaigns the campaigns
   * @param window the window on the send time
   * @param measured the measured alumni
   * @return the KPI
   */
  public static Kpi clickRate(List<CampaignFact> campaigns, Window window, Set<AlumnusId> measured) {
    return rate(campaigns, window, measured, false);
  }

  /**
   * Newsletter open rate, flagged {@link KpiFlag#UNRELIABLE_SIGNAL}: opens are partly
   * machine-generated since Apple Mail Privacy Protection (2021). Prefer {@link #clickRate}.
   *
   * @param campaigns the campaigns
   * @param window the window on the send time
   * @param measured the measured alumni
   * @return the KPI
   */
  public static Kpi openRate(List<CampaignFact> campaigns, Window window, Set<AlumnusId> measured) {
    return rate(campaigns, window, measured, true);
  }

  private static Kpi rate(List<CampaignFact> campaigns, Window window, Set<AlumnusId> measured, boolean opens) {
    Checks.notNull(campaigns, "campaigns");
    Checks.notNull(window, "window");
    Checks.notNull(measured, "measured");
    long delivered = 0;
    long hits = 0;
    long undelivered = 0;
    long notMeasured = 0;
    for (CampaignFact c : campaigns) {
      if (!window.contains(c.sentAt())) {
        continue;
      }
      for (AlumnusId a : c.delivered()) {
        if (!measured.contains(a)) {
          notMeasured++;
          continue;
        }
        delivered++;
        if ((opens ? c.opened() : c.clicked()).contains(a)) {
          hits++;
        }
      }
      for (AlumnusId a : opens ? c.opened() : c.clicked()) {
        if (!c.delivered().contains(a)) {
          undelivered++;
        }
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put((opens ? "opens" : "clicks") + " without a delivery record (not counted)", undelivered);
    ex.put("deliveries to alumni not measured (no consent)", notMeasured);
    String what = opens ? "opened" : "clicked";
    return opens
        ? Kpi.ratio("newsletter-open-rate", hits, delivered, new KpiDefinition(
            "unique opens / delivered", window, "(campaign, alumnus) pairs delivered and " + what,
            "(campaign, alumnus) pairs delivered", ex,
            List.of("UNRELIABLE: opens are inflated by Apple Mail Privacy Protection since 2021; prefer the click rate")),
            KpiFlag.UNRELIABLE_SIGNAL)
        : Kpi.ratio("newsletter-click-rate", hits, delivered, new KpiDefinition(
            "unique clickers / delivered", window, "(campaign, alumnus) pairs delivered and " + what,
            "(campaign, alumnus) pairs delivered", ex, List.of()));
  }

  /**
   * A conversion funnel in the CHAOSS sense: each stage is intersected with the previous one so
   * the stages nest ({@code A ⊇ D0 ⊇ D1 ...}); each step's KPI is {@code |D_k| / |D_(k-1)|}, and
   * members of a stage who were not in the previous one are reported as excluded.
   *
   * @param stages the stages, widest first; at least two
   * @param window the window the stages refer to
   * @param measured the measured alumni (stage one is intersected with it)
   * @return one KPI per step
   */
  public static List<Kpi> funnel(List<FunnelStage> stages, Window window, Set<AlumnusId> measured) {
    Checks.notNull(stages, "stages");
    Checks.notNull(window, "window");
    Checks.notNull(measured, "measured");
    if (stages.size() < 2) {
      throw new org.alumnisdk.core.InvalidValueException("stages", "a funnel needs at least two stages");
    }
    Set<AlumnusId> prev = new HashSet<>(stages.get(0).members());
    long firstDropped = prev.size();
    prev.retainAll(measured);
    firstDropped -= prev.size();
    List<Kpi> out = new java.util.ArrayList<>();
    String prevName = stages.get(0).name();
    for (int k = 1; k < stages.size(); k++) {
      FunnelStage s = stages.get(k);
      Set<AlumnusId> cur = new HashSet<>(s.members());
      long before = cur.size();
      cur.retainAll(prev);
      Map<String, Long> ex = new LinkedHashMap<>();
      ex.put("in '" + s.name() + "' but not in '" + prevName + "' (or not measured)", before - cur.size());
      if (k == 1) {
        ex.put("in '" + prevName + "' but not measured (no consent)", firstDropped);
      }
      out.add(Kpi.ratio("funnel." + prevName + "->" + s.name(), cur.size(), prev.size(), new KpiDefinition(
          "|" + s.name() + " ∩ " + prevName + "| / |" + prevName + "| (CHAOSS conversion rate)", window,
          "alumni in '" + s.name() + "' who were in '" + prevName + "'", "alumni in '" + prevName + "'",
          ex, List.of())));
      prev = cur;
      prevName = s.name();
    }
    return out;
  }
}
