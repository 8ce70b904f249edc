package org.alumnisdk.consent.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alumnisdk.consent.decision.Obligation.Kind;

/**
 * The APPI policies of {@code APPI@2022-04-01}, one named function per legal requirement.
 * Package-private: reached through {@link DecisionPolicy#appi2022()}.
 */
final class AppiPolicies {
  private AppiPolicies() {}

  static final DecisionPolicy PURPOSE_LIMITATION = DecisionPolicy.of("purposeLimitation", AppiPolicies::purposeLimitation);
  static final DecisionPolicy PROPER_ACQUISITION = DecisionPolicy.of("properAcquisition", AppiPolicies::properAcquisition);
  static final DecisionPolicy SPECIAL_CARE_ACQUISITION = DecisionPolicy.of("specialCareAcquisition", AppiPolicies::specialCareAcquisition);
  static final DecisionPolicy PURPOSE_NOTICE_ON_ACQUISITION = DecisionPolicy.of("purposeNoticeOnAcquisition", AppiPolicies::purposeNoticeOnAcquisition);
  static final DecisionPolicy THIRD_PARTY_PROVISION = DecisionPolicy.of("thirdPartyProvision", AppiPolicies::thirdPartyProvision);
  static final DecisionPolicy FOREIGN_TRANSFER = DecisionPolicy.of("foreignTransfer", AppiPolicies::foreignTransfer);
  static final DecisionPolicy PERSONALLY_REFERABLE = DecisionPolicy.of("personallyReferable", AppiPolicies::personallyReferable);
  static final DecisionPolicy PSEUDONYMISED = DecisionPolicy.of("pseudonymised", AppiPolicies::pseudonymised);
  static final DecisionPolicy ANONYMISED = DecisionPolicy.of("anonymised", AppiPolicies::anonymised);

  static final List<DecisionPolicy> ALL = List.of(PURPOSE_LIMITATION, PROPER_ACQUISITION,
      SPECIAL_CARE_ACQUISITION, PURPOSE_NOTICE_ON_ACQUISITION, THIRD_PARTY_PROVISION,
      FOREIGN_TRANSFER, PERSONALLY_REFERABLE, PSEUDONYMISED, ANONYMISED);

  /** Accumulates one policy's reasons, missing facts and obligations. */
  private static final class Eval {
    final String policy;
    final RuleSet rules;
    final List<Reason> reasons = new ArrayList<>();
    final List<FactName> missing = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();

    Eval(String policy, RuleSet rules) {
      this.policy = policy;
      this.rules = rules;
    }

    Eval because(String article, String text) {
      reasons.add(new Reason(policy, rules.cite(article), text));
      return this;
    }

    Eval oblige(Kind kind, String article, String detail) {
      obligations.add(new Obligation(kind, rules.cite(article), detail));
      return this;
    }

    Eval missing(FactName fact, String article, String text) {
      if (!missing.contains(fact)) {
        missing.add(fact);
      }
      return because(article, "missing fact " + fact + ": " + text);
    }

    RuleResult satisfied() {
      return new RuleResult.Satisfied(reasons, obligations);
    }

    RuleResult unsatisfied(Verdict verdict) {
      return new RuleResult.Unsatisfied(missing.isEmpty() ? verdict : Verdict.DENY, reasons, missing, obligations);
    }

    RuleResult deny() {
      return new RuleResult.Unsatisfied(Verdict.DENY, reasons, missing, List.of());
    }
  }

  private static RuleResult satisfied(String policy, RuleSet rules, String article, String text) {
    return new Eval(policy, rules).because(article, text).satisfied();
  }

  // ---- Art. 18 (with 18(2), 18(3)) and Art. 21 for use ------------------------------------

  static RuleResult purposeLimitation(DecisionRequest r, RuleSet rs) {
    if (r.dataClass() != DataClass.PERSONAL_DATA || (r.action() != Action.USE && r.action() != Action.CONTACT)) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("purposeLimitation", rs);
    Optional<String> exception = r.exceptionOpt().flatMap(x -> x.ground().underArt18());
    if (exception.isPresent()) {
      return e.because(exception.get(), "use permitted under the recorded statutory exception " + r.exception().ground())
          .oblige(Kind.DOCUMENT_EXCEPTION, exception.get(), "keep the recorded justification of the exception")
          .satisfied();
    }
    Fact<Boolean> consent = r.fact(FactName.CONSENT_FOR_PURPOSE);
    if (consent.is(true)) {
      return e.because("Art.18(1)", "each person consented to the use for this purpose").satisfied();
    }
    Fact<Boolean> succession = r.fact(FactName.ACQUIRED_BY_SUCCESSION);
    String beyond;
    if (!succession.isKnown()) {
      e.missing(FactName.ACQUIRED_BY_SUCCESSION, "Art.18(2)", "whether the data came through a merger or other succession");
      return e.deny();
    } else if (succession.is(true)) {
      Fact<Boolean> pre = r.fact(FactName.WITHIN_PRE_SUCCESSION_PURPOSE);
      if (pre.is(true)) {
        return e.because("Art.18(2)", "use stays within the purpose of use before the succession")
            .oblige(Kind.LIMIT_TO_PRE_SUCCESSION_PURPOSE, "Art.18(2)", "keep later uses within the pre-succession purpose")
            .satisfied();
      }
      if (!pre.isKnown()) {
        e.missing(FactName.WITHIN_PRE_SUCCESSION_PURPOSE, "Art.18(2)", "whether the use stays within the pre-succession purpose");
        return e.deny();
      }
      beyond = "Art.18(2)";
      e.because(beyond, "use goes beyond the purpose of use before the succession");
    } else {
      Fact<Boolean> within = r.fact(FactName.WITHIN_SPECIFIED_PURPOSE);
      if (within.is(true)) {
        Fact<Boolean> notified = r.fact(FactName.PURPOSE_NOTIFIED);
        if (notified.is(true)) {
          return e.because("Art.18(1)", "use within the specified purpose of use, which was notified or published (Art. 21)").satisfied();
        }
        if (!notified.isKnown()) {
          e.missing(FactName.PURPOSE_NOTIFIED, "Art.21(1)", "whether the purpose was notified or published");
          return e.deny();
        }
        return e.because("Art.21(1)", "the purpose of use has been neither notified to the persons nor published")
            .oblige(Kind.NOTIFY_OR_PUBLISH_PURPOSE, "Art.21(1)", "notify the persons of the purpose or publish it")
            .unsatisfied(Verdict.REQUIRE_NOTICE);
      }
      if (!within.isKnown()) {
        e.missing(FactName.WITHIN_SPECIFIED_PURPOSE, "Art.18(1)", "whether the purpose is within the specified purposes of use");
        return e.deny();
      }
      beyond = "Art.18(1)";
      e.because(beyond, "use beyond the specified purpose of use needs the person's prior consent"
          + " (an alteration within Art. 17(2) must be recorded as such by a person)");
    }
    if (!consent.isKnown()) {
      e.missing(FactName.CONSENT_FOR_PURPOSE, beyond, "whether each person consented to this use");
      return e.deny();
    }
    return e.oblige(Kind.OBTAIN_CONSENT, beyond, "obtain each person's prior consent to the use for this purpose")
        .unsatisfied(Verdict.REQUIRE_CONSENT);
  }

  // ---- Art. 20(1) --------------------------------------------------------------------------

  static RuleResult properAcquisition(DecisionRequest r, RuleSet rs) {
    if (r.action() != Action.ACQUIRE || r.dataClass() != DataClass.PERSONAL_DATA) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("properAcquisition", rs);
    Fact<Boolean> improper = r.fact(FactName.ACQUIRED_IMPROPERLY);
    if (improper.is(false)) {
      return e.because("Art.20(1)", "acquisition by proper means").satisfied();
    }
    if (!improper.isKnown()) {
      return e.missing(FactName.ACQUIRED_IMPROPERLY, "Art.20(1)", "how the data is acquired (source and channel)").deny();
    }
    return e.because("Art.20(1)", "acquisition by deception or other wrongful means is prohibited").deny();
  }

  // ---- Art. 20(2) --------------------------------------------------------------------------

  static RuleResult specialCareAcquisition(DecisionRequest r, RuleSet rs) {
    if (r.action() != Action.ACQUIRE || r.dataClass() != DataClass.PERSONAL_DATA || !r.hasSpecialCare()) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("specialCareAcquisition", rs);
    Optional<String> exception = r.exceptionOpt().flatMap(x -> x.ground().underArt20());
    if (exception.isPresent()) {
      e.because(exception.get(), "acquisition of special care-required information under the recorded exception "
          + r.exception().ground());
      if (r.exception().ground() == LegalGround.MADE_PUBLIC) {
        e.because("Art.27(2)", "information made public stays special care-required: opt-out provision remains barred");
      }
      return e.oblige(Kind.DOCUMENT_EXCEPTION, exception.get(), "keep the recorded justification and source").satisfied();
    }
    Fact<Boolean> consent = r.fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE);
    if (consent.is(true)) {
      return e.because("Art.20(2)", "each person consented beforehand to the acquisition of special care-required information").satisfied();
    }
    if (!consent.isKnown()) {
      return e.missing(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, "Art.20(2)",
          "whether each person consented to acquiring special care-required information").deny();
    }
    return e.because("Art.20(2)", "acquiring special care-required information (e.g. a leave reason such as illness) needs prior consent")
        .oblige(Kind.OBTAIN_CONSENT, "Art.20(2)", "obtain prior consent to acquire the special care-required categories")
        .unsatisfied(Verdict.REQUIRE_CONSENT);
  }

  // ---- Art. 21 on acquisition ---------------------------------------------------------------

  static RuleResult purposeNoticeOnAcquisition(DecisionRequest r, RuleSet rs) {
    if (r.action() != Action.ACQUIRE || r.dataClass() != DataClass.PERSONAL_DATA) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("purposeNoticeOnAcquisition", rs);
    Fact<Boolean> notified = r.fact(FactName.PURPOSE_NOTIFIED);
    if (notified.is(true)) {
      return e.because("Art.21(1)", "the purpose of use was notified or published beforehand").satisfied();
    }
    Fact<Boolean> direct = r.fact(FactName.DIRECT_WRITTEN_COLLECTION);
    if (!direct.isKnown()) {
      return e.missing(FactName.DIRECT_WRITTEN_COLLECTION, "Art.21(2)",
          "whether the data is collected directly from the person in a written or electronic form").deny();
    }
    if (direct.is(true)) {
      if (!notified.isKnown()) {
        return e.missing(FactName.PURPOSE_NOTIFIED, "Art.21(2)", "whether the purpose was stated explicitly beforehand").deny();
      }
      return e.because("Art.21(2)", "collecting directly from the person in a written or electronic form requires stating the purpose explicitly beforehand")
          .oblige(Kind.NOTIFY_OR_PUBLISH_PURPOSE, "Art.21(2)", "show the purpose of use on the form before it is submitted")
          .unsatisfied(Verdict.REQUIRE_NOTICE);
    }
    return e.because("Art.21(1)", "indirect acquisition: the purpose may be notified or published promptly afterwards")
        .oblige(Kind.NOTIFY_OR_PUBLISH_PURPOSE, "Art.21(1)", "notify or publish the purpose promptly unless already published")
        .satisfied();
  }

  // ---- Art. 28 -----------------------------------------------------------------------------

  /** Whether Art. 28 (rather than Art. 27) governs a provision of personal data. */
  static Fact<Boolean> art28Applies(DecisionRequest r, RuleSet rs) {
    Recipient rec = r.recipient();
    if (!(rec.country() instanceof Fact.Known<String> country)) {
      return Fact.unknown();
    }
    if (country.value().equals(rs.homeCountry()) || rs.isEquivalent(country.value())) {
      return Fact.no();
    }
    Fact<Boolean> conforming = r.fact(FactName.RECIPIENT_CONFORMING_SYSTEM);
    if (conforming.is(true)) {
      return Fact.no();
    }
    return conforming.isKnown() ? Fact.yes() : Fact.unknown();
  }

  static RuleResult foreignTransfer(DecisionRequest r, RuleSet rs) {
    if (r.action() != Action.PROVIDE || r.dataClass() != DataClass.PERSONAL_DATA) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("foreignTransfer", rs);
    Recipient rec = r.recipient();
    if (!(rec.country() instanceof Fact.Known<String> known)) {
      return e.missing(FactName.RECIPIENT_COUNTRY, "Art.28(1)", "the country the recipient is in").deny();
    }
    String country = known.value();
    if (country.equals(rs.homeCountry())) {
      return RuleResult.notApplicable();
    }
    if (rs.isEquivalent(country)) {
      return e.because("Art.28(1)", "recipient in " + country
          + ", a country on the equivalent-country list; Art. 27 applies as for a domestic recipient").satisfied();
    }
    Optional<String> exception = r.exceptionOpt().flatMap(x -> x.ground().underArt27());
    if (exception.isPresent()) {
      return e.because(exception.get(), "provision abroad under the recorded Art. 27(1) exception " + r.exception().ground()
          + " (Art. 28(1))").oblige(Kind.DOCUMENT_EXCEPTION, exception.get(), "keep the recorded justification").satisfied();
    }
    Fact<Boolean> conforming = r.fact(FactName.RECIPIENT_CONFORMING_SYSTEM);
    if (conforming.is(true)) {
      return e.because("Art.28(1)", "recipient in " + country + " has a standards-conforming system; Art. 27 applies")
          .oblige(Kind.MONITOR_FOREIGN_RECIPIENT, "Art.28(3)", "ensure continued implementation and inform the person on request")
          .satisfied();
    }
    Fact<Boolean> consent = r.fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO);
    if (consent.is(true)) {
      return e.because("Art.28(1)", "each person consented to provision to a third party in " + country
              + " after receiving the Art. 28(2) information")
          .oblige(Kind.MAKE_PROVISION_RECORD, "Art.29(1)", "record the provision (date, recipient and Rules items)")
          .satisfied();
    }
    if (rec.relation() != RecipientRelation.THIRD_PARTY) {
      e.because("Art.28(1)", "a " + rec.relation() + " arrangement (Art. 27(5)) does not help for a recipient in " + country
          + ", which is not an equivalent country, without a conforming system");
    }
    if (!conforming.isKnown()) {
      e.missing(FactName.RECIPIENT_CONFORMING_SYSTEM, "Art.28(1)", "whether the recipient has a standards-conforming system");
    }
    if (!consent.isKnown()) {
      e.missing(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, "Art.28(1)",
          "whether each person consented to provision abroad after the Art. 28(2) information");
    }
    e.because("Art.28(1)", "provision to a third party in " + country + " needs prior consent specifically to it")
        .oblige(Kind.GIVE_ART28_INFORMATION, "Art.28(2)", "give the country name, its protection system and the recipient's measures")
        .oblige(Kind.OBTAIN_CONSENT, "Art.28(1)", "then obtain consent to provision to a third party in a foreign country");
    return e.unsatisfied(Verdict.REQUIRE_CONSENT);
  }

  // ---- Art. 27 -----------------------------------------------------------------------------

  static RuleResult thirdPartyProvision(DecisionRequest r, RuleSet rs) {
    if (r.action() != Action.PROVIDE || r.dataClass() != DataClass.PERSONAL_DATA || art28Applies(r, rs).is(true)) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("thirdPartyProvision", rs);
    Recipient rec = r.recipient();
    switch (rec.relation()) {
      case SUCCESSOR:
        return e.because("Art.27(5)(ii)", "provision on a merger or other succession is not provision to a third party")
            .oblige(Kind.LIMIT_TO_PRE_SUCCESSION_PURPOSE, "Art.18(2)", "the successor may use the data only within the former purpose")
            .satisfied();
      case PROCESSOR: {
        Fact<Boolean> within = r.fact(FactName.WITHIN_SPECIFIED_PURPOSE);
        if (within.is(true)) {
          return e.because("Art.27(5)(i)", "entrustment of handling within the purpose of use is not provision to a third party; no Art. 29 record")
              .oblige(Kind.SUPERVISE_PROCESSOR, "Art.25", "supervise the entrusted person")
              .satisfied();
        }
        if (within.is(false)) {
          e.because("Art.27(5)(i)", "entrustment covers only handling within the purpose of use");
        } else {
          e.missing(FactName.WITHIN_SPECIFIED_PURPOSE, "Art.27(5)(i)", "whether the entrusted handling is within the purpose of use");
        }
        break;
      }
      case JOINT_USER: {
        List<String> problems = jointUseProblems(r);
        if (problems.isEmpty()) {
          return e.because("Art.27(5)(iii)", "joint use under arrangement " + r.jointUse().id()
              + " notified beforehand; not provision to a third party; no Art. 29 record").satisfied();
        }
        for (String p : problems) {
          e.because("Art.27(5)(iii)", p);
        }
        if (r.jointUse() != null) {
          e.oblige(Kind.GIVE_JOINT_USE_NOTICE, "Art.27(5)(iii)",
              "or notify the persons beforehand of a joint use that covers this recipient, these items and this purpose");
        }
        break;
      }
      default:
        break;
    }
    return consentOrOptOut(r, rs, e);
  }

  /** The reasons a joint-use arrangement does not cover the request; empty if it does. */
  static List<String> jointUseProblems(DecisionRequest r) {
    List<String> problems = new ArrayList<>();
    JointUse ju = r.jointUse();
    if (ju == null) {
      problems.add("no joint-use arrangement is given for this joint user");
      return problems;
    }
    if (!ju.users().contains(r.recipient().id())) {
      problems.add("recipient is outside the scope of joint users of arrangement " + ju.id());
    }
    Set<String> outside = r.categories().stream().map(DataCategory::id)
        .filter(c -> !ju.items().contains(c)).collect(Collectors.toCollection(java.util.TreeSet::new));
    if (!outside.isEmpty()) {
      problems.add("data items not in the joint-use notice: " + outside);
    }
    if (!ju.purposes().contains(r.purpose())) {
      problems.add("purpose " + r.purpose() + " is not a joint user's purpose in the notice");
    }
    if (ju.responsibleParty().isEmpty()) {
      problems.add("the party responsible for management is not named");
    }
    if (ju.noticeGiven().isEmpty() || ju.noticeGiven().get().isAfter(r.at())) {
      problems.add("the persons were not notified of the joint use beforehand");
    }
    return problems;
  }

  private static RuleResult consentOrOptOut(DecisionRequest r, RuleSet rs, Eval e) {
    Optional<String> exception = r.exceptionOpt().flatMap(x -> x.ground().underArt27());
    if (exception.isPresent()) {
      Eval ok = new Eval(e.policy, rs);
      return ok.because(exception.get(), "provision under the recorded exception " + r.exception().ground()
              + "; no Art. 29 record (Art. 29(1) proviso)")
          .oblige(Kind.DOCUMENT_EXCEPTION, exception.get(), "keep the recorded justification").satisfied();
    }
    Fact<Boolean> consent = r.fact(FactName.CONSENT_TO_PROVIDE);
    if (consent.is(true) || r.fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO).is(true)) {
      return new Eval(e.policy, rs).because("Art.27(1)", "each person consented beforehand to provision to this recipient")
          .oblige(Kind.MAKE_PROVISION_RECORD, "Art.29(1)", "record the provision (date, recipient and Rules items)")
          .satisfied();
    }
    Eval optOut = new Eval(e.policy, rs);
    if (optOutAllows(r, optOut)) {
      return optOut.because("Art.27(2)", "opt-out provision: notice given and filed with the PPC, no stop request, no barred data")
          .oblige(Kind.MAKE_PROVISION_RECORD, "Art.29(1)", "record the provision (date, recipient and Rules items)")
          .oblige(Kind.HONOUR_OPT_OUT_STOP_REQUESTS, "Art.27(2)", "stop providing at once for anyone who asks")
          .satisfied();
    }
    e.reasons.addAll(optOut.reasons);
    for (FactName f : optOut.missing) {
      if (!e.missing.contains(f)) {
        e.missing.add(f);
      }
    }
    e.obligations.addAll(optOut.obligations);
    if (!consent.isKnown()) {
      e.missing(FactName.CONSENT_TO_PROVIDE, "Art.27(1)", "whether each person consented to provision to this recipient");
    } else {
      e.because("Art.27(1)", "provision to a third party needs the person's prior consent");
    }
    return e.oblige(Kind.OBTAIN_CONSENT, "Art.27(1)", "obtain prior consent naming the recipient and purpose")
        .unsatisfied(Verdict.REQUIRE_CONSENT);
  }

  /** Whether opt-out provision is available; adds its failures to {@code e}. */
  private static boolean optOutAllows(DecisionRequest r, Eval e) {
    OptOutRegistration oo = r.optOut();
    if (oo == null) {
      e.because("Art.27(2)", "no opt-out set-up is given");
      return false;
    }
    boolean barred = false;
    if (r.hasSpecialCare()) {
      e.because("Art.27(2)", "special care-required information may not be provided by opt-out");
      barred = true;
    }
    List<FactName> missing = new ArrayList<>();
    Fact<Boolean> improper = r.fact(FactName.ACQUIRED_IMPROPERLY);
    if (improper.is(true)) {
      e.because("Art.27(2)", "data acquired in breach of Art. 20(1) may not be provided by opt-out");
      barred = true;
    } else if (!improper.isKnown()) {
      missing.add(FactName.ACQUIRED_IMPROPERLY);
    }
    Fact<Boolean> received = r.fact(FactName.RECEIVED_BY_OPT_OUT);
    if (received.is(true)) {
      e.because("Art.27(2)", "data itself received by opt-out (or a copy or processed version) may not be provided by opt-out");
      barred = true;
    } else if (!received.isKnown()) {
      missing.add(FactName.RECEIVED_BY_OPT_OUT);
    }
    if (oo.filed().isEmpty() || oo.filed().get().isAfter(r.at())) {
      e.because("Art.27(2)", "the opt-out items were not filed with the PPC before the provision")
          .oblige(Kind.FILE_OPT_OUT_WITH_PPC, "Art.27(2)", "file the opt-out items with the PPC");
      barred = true;
    }
    if (oo.noticeGiven().isEmpty() || oo.noticeGiven().get().isAfter(r.at())) {
      e.because("Art.27(2)", "the opt-out notice was not given or made readily accessible beforehand");
      barred = true;
    }
    Set<String> outside = r.categories().stream().map(DataCategory::id)
        .filter(c -> !oo.items().contains(c)).collect(Collectors.toCollection(java.util.TreeSet::new));
    if (!outside.isEmpty()) {
      e.because("Art.27(2)(iii)", "data items not named in the opt-out notice: " + outside);
      barred = true;
    }
    Fact<Boolean> stop = r.fact(FactName.OPT_OUT_STOP_REQUESTED);
    if (stop.is(true)) {
      e.because("Art.27(2)", "a person asked to stop opt-out provision");
      barred = true;
    } else if (!stop.isKnown()) {
      missing.add(FactName.OPT_OUT_STOP_REQUESTED);
    }
    if (barred) {
      return false;
    }
    if (!missing.isEmpty()) {
      for (FactName f : missing) {
        e.missing(f, "Art.27(2)", "needed to rule out the opt-out prohibitions and stop requests");
      }
      return false;
    }
    return true;
  }

  // ---- Art. 31 -----------------------------------------------------------------------------

  static RuleResult personallyReferable(DecisionRequest r, RuleSet rs) {
    if (r.dataClass() != DataClass.PERSONALLY_REFERABLE) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("personallyReferable", rs);
    if (r.action() != Action.PROVIDE) {
      if (r.action() == Action.REIDENTIFY || r.action() == Action.CONTACT) {
        return RuleResult.notApplicable();
      }
      return e.because("Art.31(1)", "the operator's own handling of personally referable information is not restricted by Art. 31").satisfied();
    }
    Optional<String> exception = r.exceptionOpt().flatMap(x -> x.ground().underArt27());
    if (exception.isPresent()) {
      return e.because(exception.get(), "provision under the recorded exception " + r.exception().ground() + " (Art. 31(1))")
          .oblige(Kind.DOCUMENT_EXCEPTION, exception.get(), "keep the recorded justification").satisfied();
    }
    Fact<Boolean> link = r.fact(FactName.RECIPIENT_WILL_LINK);
    if (link.is(false)) {
      return e.because("Art.31(1)", "the recipient is not expected to acquire it as personal data; Art. 31 is not triggered").satisfied();
    }
    if (!link.isKnown()) {
      return e.missing(FactName.RECIPIENT_WILL_LINK, "Art.31(1)", "whether the recipient will link it to persons").deny();
    }
    Fact<Boolean> foreign;
    if (r.recipient().country() instanceof Fact.Known<String> c) {
      boolean abroad = !c.value().equals(rs.homeCountry()) && !rs.isEquivalent(c.value())
          && !r.fact(FactName.RECIPIENT_CONFORMING_SYSTEM).is(true);
      foreign = Fact.known(abroad);
    } else {
      foreign = Fact.unknown();
    }
    Fact<Boolean> confirmed = r.fact(FactName.ART31_CONSENT_CONFIRMED);
    Fact<Boolean> info = r.fact(FactName.ART31_FOREIGN_INFO_CONFIRMED);
    boolean infoOk = foreign.is(false) || info.is(true);
    if (confirmed.is(true) && infoOk) {
      return e.because("Art.31(1)(i)", "the recipient's consent of each person was confirmed")
          .oblige(Kind.MAKE_ART31_CONFIRMATION_RECORD, "Art.31(3)", "record the confirmation and keep it for the Rules period")
          .satisfied();
    }
    if (!confirmed.isKnown()) {
      e.missing(FactName.ART31_CONSENT_CONFIRMED, "Art.31(1)(i)", "whether the recipient's consent was confirmed");
    } else if (confirmed.is(false)) {
      e.because("Art.31(1)(i)", "a recipient that will link the data must first obtain each person's consent, and the provider must confirm it");
    }
    if (!foreign.isKnown()) {
      e.missing(FactName.RECIPIENT_COUNTRY, "Art.31(1)(ii)", "the country the recipient is in");
    } else if (foreign.is(true)) {
      if (!info.isKnown()) {
        e.missing(FactName.ART31_FOREIGN_INFO_CONFIRMED, "Art.31(1)(ii)", "whether the Art. 28(2)-type information was given");
      } else if (info.is(false)) {
        e.because("Art.31(1)(ii)", "for a foreign recipient the person must also have received the Art. 28(2)-type information");
      }
    }
    return e.oblige(Kind.OBTAIN_CONSENT, "Art.31(1)(i)", "the recipient obtains the consent; the provider confirms it")
        .unsatisfied(Verdict.REQUIRE_CONSENT);
  }

  // ---- Arts. 41-42 -------------------------------------------------------------------------

  static RuleResult pseudonymised(DecisionRequest r, RuleSet rs) {
    if (r.dataClass() != DataClass.PSEUDONYMISED) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("pseudonymised", rs);
    switch (r.action()) {
      case REIDENTIFY:
        return e.because("Art.41(7)", "pseudonymised information may not be collated with other information to identify persons").deny();
      case CONTACT:
        return e.because("Art.41(8)", "contact details in pseudonymised information may not be used to call, mail, e-mail or visit").deny();
      case PROVIDE: {
        RecipientRelation rel = r.recipient().relation();
        if (rel == RecipientRelation.THIRD_PARTY) {
          if (r.exceptionOpt().map(x -> x.ground() == LegalGround.LAWS_AND_REGULATIONS).orElse(false)) {
            return e.because("Art.41(6)", "provision based on laws and regulations")
                .oblige(Kind.DOCUMENT_EXCEPTION, "Art.41(6)", "keep the recorded justification").satisfied();
          }
          return e.because("Art.41(6)", "pseudonymised information may not be provided to a third party except under laws and regulations; consent does not help").deny();
        }
        if (rel == RecipientRelation.JOINT_USER) {
          List<String> problems = jointUseProblems(r);
          if (!problems.isEmpty()) {
            problems.forEach(p -> e.because("Art.41(6)", p + " (Art. 27(5)(iii) as read by Art. 41(6))"));
            return e.deny();
          }
        }
        e.because("Art.41(6)", rel + " is not a third party (Art. 27(5) as read by Art. 41(6))");
        if (rel == RecipientRelation.PROCESSOR) {
          e.oblige(Kind.SUPERVISE_PROCESSOR, "Art.25", "supervise the entrusted person");
        }
        return e.satisfied();
      }
      case USE: {
        Fact<Boolean> within = r.fact(FactName.WITHIN_SPECIFIED_PURPOSE);
        Fact<Boolean> published = r.fact(FactName.PURPOSE_NOTIFIED);
        if (within.is(true) && published.is(true)) {
          return e.because("Art.41(3)", "use within the published purpose of the pseudonymised information").satisfied();
        }
        if (!within.isKnown()) {
          e.missing(FactName.WITHIN_SPECIFIED_PURPOSE, "Art.41(3)", "whether the use is within the purpose");
        }
        if (!published.isKnown()) {
          e.missing(FactName.PURPOSE_NOTIFIED, "Art.41(4)", "whether the purpose was published");
        }
        return e.because("Art.41(3)", "pseudonymised information may be used only within the published purpose; a new purpose must be published first (Art. 17(2) does not apply, Art. 41(9))")
            .oblige(Kind.PUBLISH_PSEUDONYMISED_PURPOSE, "Art.41(4)", "publish the purpose of use")
            .unsatisfied(Verdict.REQUIRE_NOTICE);
      }
      default:
        return RuleResult.notApplicable();
    }
  }

  // ---- Arts. 43-46 -------------------------------------------------------------------------

  static RuleResult anonymised(DecisionRequest r, RuleSet rs) {
    if (r.dataClass() != DataClass.ANONYMISED) {
      return RuleResult.notApplicable();
    }
    Eval e = new Eval("anonymised", rs);
    switch (r.action()) {
      case REIDENTIFY:
      case CONTACT:
        return e.because("Art.43(5)", "anonymised information may not be collated with other information to identify persons (also Art. 45)").deny();
      case PROVIDE: {
        Fact<Boolean> published = r.fact(FactName.ANONYMISED_CATEGORIES_PUBLISHED);
        if (published.is(true)) {
          return e.because("Art.43(4)", "categories and method of provision were published; no consent needed")
              .oblige(Kind.TELL_RECIPIENT_ANONYMISED, "Art.43(4)", "state explicitly to the recipient that the information is anonymised")
              .satisfied();
        }
        if (!published.isKnown()) {
          return e.missing(FactName.ANONYMISED_CATEGORIES_PUBLISHED, "Art.43(4)", "whether categories and method were published").deny();
        }
        return e.because("Art.43(4)", "before provision, publish the categories of information and the method of provision")
            .oblige(Kind.PUBLISH_ANONYMISED_CATEGORIES, "Art.43(4)", "publish categories and method of provision")
            .unsatisfied(Verdict.REQUIRE_NOTICE);
      }
      case USE:
      case ACQUIRE:
        return e.because("Art.45", "anonymised information may be handled without consent; no re-identification").satisfied();
      default:
        return RuleResult.notApplicable();
    }
  }

  /** All fact names, for callers that want to list them. */
  static Set<FactName> allFacts() {
    return EnumSet.allOf(FactName.class);
  }
}
