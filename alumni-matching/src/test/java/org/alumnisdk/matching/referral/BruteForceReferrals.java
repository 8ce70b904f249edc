package org.alumnisdk.matching.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * The oracle: straight from the profile records, with strings and sets, no index. Filters every
 * alumnus, scores every survivor with the documented formulas, sorts all by (score desc, id asc).
 */
final class BruteForceReferrals {
  record Scored(AlumnusId id, double score, double fit, double response) {}

  private static final double LN2 = 0.6931471805599453;
  private static final double[] PROF = {0.4, 0.7, 0.9, 1.0};

  private final List<Alumnus> population;
  private final Map<AlumnusId, Instant> activity;
  private final Map<AlumnusId, Double> proximity;
  private final PurposeGate gate;
  private final ReferralConfig config;

  BruteForceReferrals(List<Alumnus> population, Map<AlumnusId, Instant> activity,
      Map<AlumnusId, Double> proximity, PurposeGate gate, ReferralConfig config) {
    this.population = population;
    this.activity = activity;
    this.proximity = proximity;
    this.gate = gate;
    this.config = config;
  }

  static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  static Set<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
        .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }

  /** Whether an alumnus passes every hard filter. */
  boolean eligible(Alumnus a, ReferralQuery q, Instant at) {
    JobOpening o = q.opening();
    if (q.excludedAlumni().contains(a.id())) {
      return false;
    }
    String emp = norm(a.current().employer());
    if (!emp.isEmpty() && q.excludedEmployers().stream().map(BruteForceReferrals::norm).anyMatch(emp::equals)) {
      return false;
    }
    if (!config.allowedStatuses().contains(a.status())) {
      return false;
    }
    if (q.mode() == ReferralMode.BOOMERANG) {
      RehireEligibility.Status r = a.departure().rehireEligibility().status();
      if (!(r == RehireEligibility.Status.ELIGIBLE
          || (r == RehireEligibility.Status.NEEDS_REVIEW && config.allowRehireNeedsReview()))) {
        return false;
      }
      for (LanguageSkill need : o.languages()) {
        boolean ok = a.languages().stream().anyMatch(l -> l.language().equals(need.language())
            && l.level().compareTo(need.level()) >= 0);
        if (!ok) {
          return false;
        }
      }
      if (!o.remote()) {
        String c = a.current().location().country();
        if (c.isEmpty() || !c.equals(o.location().country())) {
          return false;
        }
      }
    }
    GateDecision d = gate.check(a.tenant(), a.id(), q.mode().purpose(), at);
    return d != null && d.allowed();
  }

  /** Top k by brute force. */
  List<Scored> topK(ReferralQuery q, Instant at) {
    return all(q, at).stream().limit(q.k()).toList();
  }

  /** Every eligible alumnus, best first. */
  List<Scored> all(ReferralQuery q, Instant at) {
    double[] nw = weights(q);
    double[] eff = effective(q);
    List<Scored> out = new ArrayList<>();
    for (Alumnus a : population) {
      if (eligible(a, q, at)) {
        out.add(score(a, q, at, nw, eff));
      }
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
    return out;
  }

  private double[] effective(ReferralQuery q) {
    List<SkillRequirement> reqs = q.opening().skills();
    double[] eff = new double[reqs.size()];
    int n = population.size();
    for (int j = 0; j < reqs.size(); j++) {
      SkillRequirement r = reqs.get(j);
      int df = 0;
      for (Alumnus a : population) {
        if (a.skills().stream().anyMatch(c -> c.skill().equals(r.skill()))) {
          df++;
        }
      }
      double idf = StrictMath.log(1.0 + (double) n / (1.0 + df));
      eff[j] = r.weight() * (r.required() ? config.requiredSkillFactor() : config.preferredSkillFactor()) * idf;
    }
    return eff;
  }

  private boolean applicable(Feature f, ReferralQuery q) {
    return switch (f) {
      case SKILLS -> {
        double s = 0;
        for (double e : effective(q)) {
          s += e;
        }
        yield !q.opening().skills().isEmpty() && s > 0;
      }
      case TITLE -> !words(q.opening().title()).isEmpty();
      case LOCATION -> !q.opening().location().country().isEmpty();
      case INDUSTRY -> !q.targetIndustries().isEmpty();
      default -> true;
    };
  }

  double[] weights(ReferralQuery q) {
    Feature[] fs = Feature.values();
    double fitSum = 0;
    double respSum = 0;
    for (Feature f : fs) {
      if (applicable(f, q)) {
        if (f.side() == Feature.Side.FIT) {
          fitSum += config.weight(q.mode(), f);
        } else {
          respSum += config.weight(q.mode(), f);
        }
      }
    }
    double[] nw = new double[fs.length];
    for (Feature f : fs) {
      double w = config.weight(q.mode(), f);
      double total = f.side() == Feature.Side.FIT ? fitSum : respSum;
      nw[f.ordinal()] = applicable(f, q) && w > 0 && total > 0 ? w / total : 0.0;
    }
    return nw;
  }

  /** The feature values of one alumnus, indexed by feature ordinal. */
  double[] values(Alumnus a, ReferralQuery q, Instant at, double[] eff) {
    JobOpening o = q.opening();
    double[] v = new double[Feature.values().length];
    List<SkillRequirement> reqs = o.skills();
    double num = 0.0;
    double sum = 0.0;
    for (int j = 0; j < reqs.size(); j++) {
      sum += eff[j];
      SkillRequirement r = reqs.get(j);
      int best = -1;
      for (SkillClaim c : a.skills()) {
        if (c.skill().equals(r.skill())) {
          best = Math.max(best, c.proficiency().ordinal());
        }
      }
      if (best >= 0) {
        num += eff[j] * PROF[best];
      }
    }
    v[Feature.SKILLS.ordinal()] = sum > 0 ? num / sum : 0.0;
    Tenure last = a.employment().get(a.employment().size() - 1);
    v[Feature.JOB_FAMILY.ordinal()] = norm(last.jobFamily()).equals(norm(o.jobFamily())) ? 1.0 : 0.0;
    Set<String> mine = new HashSet<>(words(last.jobTitle()));
    mine.addAll(words(a.current().title()));
    Set<String> theirs = words(o.title());
    Set<String> union = new HashSet<>(mine);
    union.addAll(theirs);
    Set<String> inter = new HashSet<>(mine);
    inter.retainAll(theirs);
    v[Feature.TITLE.ordinal()] = union.isEmpty() ? 0.0 : (double) inter.size() / union.size();
    int level = last.grade().level();
    int min = o.seniority().min();
    int max = o.seniority().max();
    int d = level < min ? min - level : level > max ? level - max : 0;
    int tol = config.seniorityTolerance();
    v[Feature.SENIORITY.ordinal()] = d >= tol ? 0.0 : 1.0 - (double) d / tol;
    String oc = o.location().country();
    String ac = a.current().location().country();
    if (!oc.isEmpty() && oc.equals(ac)) {
      boolean region = o.location().region().isEmpty()
          || norm(o.location().region()).equals(norm(a.current().location().region()));
      v[Feature.LOCATION.ordinal()] = region ? 1.0 : 0.6;
    } else {
      v[Feature.LOCATION.ordinal()] = o.remote() ? 0.3 : 0.0;
    }
    long months = 0;
    for (Tenure t : a.employment()) {
      LocalDate end = t.end() != null ? t.end() : a.departure().lastWorkingDay();
      months += Math.max(0, ChronoUnit.MONTHS.between(t.start(), end));
    }
    months = Math.min(months, 65_535);
    double tp = Math.min(1.0, (double) months / config.fullKnowledgeMonths());
    if (!q.hiringDepartment().isEmpty()) {
      boolean was = a.employment().stream().anyMatch(t -> norm(t.department()).equals(norm(q.hiringDepartment())));
      v[Feature.COMPANY_KNOWLEDGE.ordinal()] = 0.7 * tp + 0.3 * (was ? 1.0 : 0.0);
    } else {
      v[Feature.COMPANY_KNOWLEDGE.ordinal()] = tp;
    }
    String ind = norm(a.current().industry());
    v[Feature.INDUSTRY.ordinal()] = !ind.isEmpty()
        && q.targetIndustries().stream().map(BruteForceReferrals::norm).anyMatch(ind::equals) ? 1.0 : 0.0;
    String emp = norm(a.current().employer());
    v[Feature.CURRENT_EMPLOYER.ordinal()] = emp.isEmpty() ? 0.0
        : q.targetEmployers().stream().map(BruteForceReferrals::norm).anyMatch(emp::equals) ? 1.0 : 0.5;
    Double px = proximity.get(a.id());
    v[Feature.NETWORK.ordinal()] = px == null ? 0.0 : (double) (float) px.doubleValue();
    Instant lastAct = activity.get(a.id());
    if (lastAct == null) {
      v[Feature.RECENCY.ordinal()] = 0.0;
    } else {
      long atDay = Math.floorDiv(at.getEpochSecond(), 86_400L);
      long day = Math.floorDiv(lastAct.getEpochSecond(), 86_400L);
      int age = (int) Math.max(0, atDay - day);
      v[Feature.RECENCY.ordinal()] = StrictMath.exp(-LN2 * age / config.recencyHalfLifeDays());
    }
    boolean willing = q.mode() == ReferralMode.BOOMERANG ? a.willingness().openToRehire() : a.willingness().openToRefer();
    v[Feature.WILLINGNESS.ordinal()] = willing ? 1.0 : 0.0;
    MembershipStatus st = a.status();
    v[Feature.MEMBERSHIP.ordinal()] = switch (st) {
      case ACTIVE -> 1.0;
      case REGISTERED -> 0.6;
      case DORMANT -> 0.3;
      case INVITED -> 0.2;
      default -> 0.0;
    };
    return v;
  }

  Scored score(Alumnus a, ReferralQuery q, Instant at, double[] nw, double[] eff) {
    double[] v = values(a, q, at, eff);
    double fit = 0.0;
    double resp = 0.0;
    for (Feature f : Feature.values()) {
      if (f.side() == Feature.Side.FIT) {
        fit += nw[f.ordinal()] * v[f.ordinal()];
      } else {
        resp += nw[f.ordinal()] * v[f.ordinal()];
      }
    }
    double alpha = config.alpha();
    double eps = config.epsilon();
    double fp = eps + (1 - eps) * fit;
    double rp = eps + (1 - eps) * resp;
    return new Scored(a.id(), 1.0 / (alpha / fp + (1 - alpha) / rp), fit, resp);
  }
}
