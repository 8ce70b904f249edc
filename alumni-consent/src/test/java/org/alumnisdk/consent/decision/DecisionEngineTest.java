package org.alumnisdk.consent.decision;

import static org.alumnisdk.consent.decision.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.alumnisdk.consent.decision.Obligation.Kind;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionEngineTest {

  private static List<String> articles(Decision d) {
    return d.reasons().stream().map(r -> r.article().article()).toList();
  }

  private static List<Kind> kinds(Decision d) {
    return d.obligations().stream().map(Obligation::kind).toList();
  }

  @Nested
  class RuleSetSelection {
    @Test
    void reasonsCiteTheRuleSetVersionAppi2022() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, false)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.PURPOSE_NOTIFIED, true).build());
      assertThat(d).isInstanceOf(Decision.Permit.class);
      assertThat(d.ruleSetVersion()).isEqualTo("APPI@2022-04-01");
      assertThat(d.reasons()).extracting(r -> r.article().toString()).containsExactly("APPI@2022-04-01:Art.18(1)");
    }

    @Test
    void processingBeforeThe2022RulesTookEffectIsDeniedBecauseNoRuleSetIsInForce() {
      // 2022-03-31 23:00 in Tokyo is before 1 April 2022.
      DecisionRequest r = DecisionRequest.builder(TENANT, Action.USE, PURPOSE, Instant.parse("2022-03-31T14:00:00Z"))
          .dataClass(DataClass.PERSONAL_DATA).categories(EMAIL).fact(FactName.CONSENT_FOR_PURPOSE, true).build();
      assertThat(decide(r)).isInstanceOf(Decision.Deny.class);
      DecisionRequest next = DecisionRequest.builder(TENANT, Action.USE, PURPOSE, Instant.parse("2022-03-31T15:00:00Z"))
          .dataClass(DataClass.PERSONAL_DATA).categories(EMAIL).fact(FactName.CONSENT_FOR_PURPOSE, true).build();
      assertThat(decide(next)).isInstanceOf(Decision.Permit.class);
    }

    @Test
    void the2026AmendmentIsNotInForceSoA2029RequestStillUsesThe2022Rules() {
      DecisionRequest r = DecisionRequest.builder(TENANT, Action.USE, PURPOSE, Instant.parse("2029-01-01T00:00:00Z"))
          .dataClass(DataClass.PERSONAL_DATA).categories(EMAIL).fact(FactName.CONSENT_FOR_PURPOSE, true).build();
      assertThat(decide(r).ruleSetVersion()).isEqualTo(RuleSet.APPI_2022);
    }

    @Test
    void aLaterRuleSetIsChosenByTheDateOfTheProcessing() {
      RuleSet future = new RuleSet("APPI@2028-07-16", java.time.LocalDate.of(2028, 7, 16),
          java.time.ZoneId.of("Asia/Tokyo"), "JP", Set.of(), DecisionPolicy.appi2022(), List.of());
      DecisionEngine engine = DecisionEngine.of(RuleSets.of(RuleSet.appi2022(), future));
      DecisionRequest.Builder b = DecisionRequest.builder(TENANT, Action.USE, PURPOSE, Instant.parse("2028-07-16T00:00:00Z"))
          .dataClass(DataClass.PERSONAL_DATA).categories(EMAIL).fact(FactName.CONSENT_FOR_PURPOSE, true);
      assertThat(engine.decide(b.build()).ruleSetVersion()).isEqualTo("APPI@2028-07-16");
      assertThat(engine.decide(use().fact(FactName.CONSENT_FOR_PURPOSE, true).build()).ruleSetVersion())
          .isEqualTo(RuleSet.APPI_2022);
    }
  }

  @Nested
  class Art18UseOfPurpose {
    @Test
    void art18_1_useWithinTheNotifiedPurposeIsPermitted() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, false)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.PURPOSE_NOTIFIED, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art21_1_useWithinThePurposeButNeverNotifiedOrPublishedRequiresNotice() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, false)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.PURPOSE_NOTIFIED, false).build());
      assertThat(d).isInstanceOf(Decision.RequireNotice.class);
      assertThat(articles(d)).contains("Art.21(1)");
      assertThat(kinds(d)).contains(Kind.NOTIFY_OR_PUBLISH_PURPOSE);
    }

    @Test
    void art18_1_useBeyondThePurposeWithoutConsentRequiresConsent() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, false)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, false).fact(FactName.CONSENT_FOR_PURPOSE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).containsOnly("Art.18(1)");
      assertThat(kinds(d)).containsExactly(Kind.OBTAIN_CONSENT);
    }

    @Test
    void art18_1_useBeyondThePurposeWithConsentIsPermitted() {
      Decision d = decide(use().fact(FactName.WITHIN_SPECIFIED_PURPOSE, false).fact(FactName.CONSENT_FOR_PURPOSE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art18_1_unknownConsentForUseBeyondThePurposeFailsClosedAndNamesTheFact() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, false).fact(FactName.WITHIN_SPECIFIED_PURPOSE, false).build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).containsExactly(FactName.CONSENT_FOR_PURPOSE));
    }

    @Test
    void art18_anEmptyRequestFailsClosedNamingTheFirstMissingFact() {
      Decision d = decide(use().build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).containsExactly(FactName.ACQUIRED_BY_SUCCESSION));
    }

    @Test
    void art18_2_afterAMergerUseWithinThePreSuccessionPurposeIsPermittedWithTheLimitAsObligation() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, true).fact(FactName.WITHIN_PRE_SUCCESSION_PURPOSE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.18(2)");
      assertThat(kinds(d)).containsExactly(Kind.LIMIT_TO_PRE_SUCCESSION_PURPOSE);
    }

    @Test
    void art18_2_afterAMergerUseBeyondThePreSuccessionPurposeRequiresConsent() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, true).fact(FactName.WITHIN_PRE_SUCCESSION_PURPOSE, false)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.PURPOSE_NOTIFIED, true)
          .fact(FactName.CONSENT_FOR_PURPOSE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).containsOnly("Art.18(2)");
    }

    @Test
    void art18_3_ii_aRecordedLifeBodyPropertyExceptionPermitsUseBeyondThePurpose() {
      Decision d = decide(use().fact(FactName.WITHIN_SPECIFIED_PURPOSE, false).fact(FactName.CONSENT_FOR_PURPOSE, false)
          .exception(ExceptionClaim.of(LegalGround.LIFE_BODY_PROPERTY, "disaster safety check", "staff-7")).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.18(3)(ii)");
      assertThat(kinds(d)).containsExactly(Kind.DOCUMENT_EXCEPTION);
    }

    @Test
    void art18_3_informationMadePublicIsNotAnArt18Exception() {
      Decision d = decide(use().fact(FactName.ACQUIRED_BY_SUCCESSION, false).fact(FactName.WITHIN_SPECIFIED_PURPOSE, false)
          .fact(FactName.CONSENT_FOR_PURPOSE, false)
          .exception(new ExceptionClaim(LegalGround.MADE_PUBLIC, "on a blog", "staff-7", "https://example.org/post")).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
    }
  }

  @Nested
  class Art20Acquisition {
    private DecisionRequest.Builder proper(DataCategory... c) {
      return acquire(c).fact(FactName.ACQUIRED_IMPROPERLY, false).fact(FactName.PURPOSE_NOTIFIED, true);
    }

    @Test
    void art20_2_acquiringAnIllnessLeaveReasonWithoutConsentRequiresConsent() {
      Decision d = decide(proper(HISTORY, LEAVE_REASON).fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).containsExactly("Art.20(2)");
    }

    @Test
    void art20_2_unknownSpecialCareConsentFailsClosed() {
      Decision d = decide(proper(LEAVE_REASON).build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).containsExactly(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE));
    }

    @Test
    void art20_2_acquiringOrdinaryCategoriesNeedsNoSpecialConsent() {
      assertThat(decide(proper(HISTORY).build()).verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art20_2_withConsentTheSpecialCareAcquisitionIsPermitted() {
      assertThat(decide(proper(LEAVE_REASON).fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, true).build()).verdict())
          .isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art20_2_vii_informationThePersonMadePublicMayBeAcquiredButStaysBarredFromOptOut() {
      Decision d = decide(proper(LEAVE_REASON).fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, false)
          .exception(new ExceptionClaim(LegalGround.MADE_PUBLIC, "person posted it publicly", "staff-7", "https://example.org/post")).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).contains("Art.20(2)(vii)", "Art.27(2)");
    }

    @Test
    void art20_2_vii_aMadePublicClaimWithoutItsSourceIsRejected() {
      assertThatThrownBy(() -> new ExceptionClaim(LegalGround.MADE_PUBLIC, "public", "staff-7", " "))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("exception.source");
    }

    @Test
    void art20_1_acquisitionByDeceptionIsDeniedEvenWithConsent() {
      Decision d = decide(acquire(HISTORY).fact(FactName.ACQUIRED_IMPROPERLY, true).fact(FactName.PURPOSE_NOTIFIED, true).build());
      assertThat(d).isInstanceOf(Decision.Deny.class);
      assertThat(articles(d)).contains("Art.20(1)");
    }

    @Test
    void art21_2_aSignUpFormWithoutThePurposeStatedBeforehandRequiresNotice() {
      Decision d = decide(acquire(HISTORY).fact(FactName.ACQUIRED_IMPROPERLY, false)
          .fact(FactName.DIRECT_WRITTEN_COLLECTION, true).fact(FactName.PURPOSE_NOTIFIED, false).build());
      assertThat(d).isInstanceOf(Decision.RequireNotice.class);
      assertThat(articles(d)).containsExactly("Art.21(2)");
    }

    @Test
    void art21_1_indirectAcquisitionIsPermittedWithAPromptNoticeObligation() {
      Decision d = decide(acquire(HISTORY).fact(FactName.ACQUIRED_IMPROPERLY, false)
          .fact(FactName.DIRECT_WRITTEN_COLLECTION, false).fact(FactName.PURPOSE_NOTIFIED, false).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(kinds(d)).containsExactly(Kind.NOTIFY_OR_PUBLISH_PURPOSE);
    }

    @Test
    void everyBlockingReasonIsCollectedNotOnlyTheFirst() {
      Decision d = decide(acquire(LEAVE_REASON).fact(FactName.ACQUIRED_IMPROPERLY, true)
          .fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, false)
          .fact(FactName.DIRECT_WRITTEN_COLLECTION, true).fact(FactName.PURPOSE_NOTIFIED, false).build());
      assertThat(d).isInstanceOf(Decision.Deny.class);
      assertThat(articles(d)).contains("Art.20(1)", "Art.20(2)", "Art.21(2)");
    }
  }

  @Nested
  class Art27ThirdPartyProvision {
    private DecisionRequest.Builder toAgency(DataCategory... c) {
      return provide(thirdParty("JP"), c);
    }

    @Test
    void art27_1_provisionWithConsentIsPermittedAndNeedsAProvisionRecord() {
      Decision d = decide(toAgency(HISTORY).fact(FactName.CONSENT_TO_PROVIDE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.27(1)");
      assertThat(kinds(d)).containsExactly(Kind.MAKE_PROVISION_RECORD);
      assertThat(d.obligations().get(0).article().article()).isEqualTo("Art.29(1)");
    }

    @Test
    void art27_1_provisionWithoutConsentOrOptOutRequiresConsent() {
      Decision d = decide(toAgency(HISTORY).fact(FactName.CONSENT_TO_PROVIDE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).contains("Art.27(1)", "Art.27(2)");
    }

    @Test
    void art27_1_unknownConsentFailsClosed() {
      Decision d = decide(toAgency(HISTORY).build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).containsExactly(FactName.CONSENT_TO_PROVIDE));
    }

    @Test
    void art27_1_i_provisionUnderLawsNeedsNoConsentAndNoProvisionRecord() {
      Decision d = decide(toAgency(HISTORY).fact(FactName.CONSENT_TO_PROVIDE, false)
          .exception(ExceptionClaim.of(LegalGround.LAWS_AND_REGULATIONS, "court order", "legal-1")).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.27(1)(i)");
      assertThat(kinds(d)).doesNotContain(Kind.MAKE_PROVISION_RECORD);
    }

    private DecisionRequest.Builder optOutReady(DataCategory... c) {
      return toAgency(c).optOut(optOut()).fact(FactName.CONSENT_TO_PROVIDE, false)
          .fact(FactName.ACQUIRED_IMPROPERLY, false).fact(FactName.RECEIVED_BY_OPT_OUT, false)
          .fact(FactName.OPT_OUT_STOP_REQUESTED, false);
    }

    @Test
    void art27_2_optOutWithNoticeAndPpcFilingIsPermittedWithRecordAndStopDuty() {
      Decision d = decide(optOutReady(HISTORY).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.27(2)");
      assertThat(kinds(d)).containsExactly(Kind.MAKE_PROVISION_RECORD, Kind.HONOUR_OPT_OUT_STOP_REQUESTS);
    }

    @Test
    void art27_2_optOutIsBarredForSpecialCareRequiredInformation() {
      Decision d = decide(optOutReady(HISTORY, LEAVE_REASON).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("special care-required"));
    }

    @Test
    void art27_2_optOutIsBarredForImproperlyAcquiredData() {
      Decision d = decide(optOutReady(HISTORY).fact(FactName.ACQUIRED_IMPROPERLY, true).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("Art. 20(1)"));
    }

    @Test
    void art27_2_anAlumniListBoughtFromABrokerByOptOutCannotBePassedOnByOptOut() {
      Decision d = decide(optOutReady(HISTORY).fact(FactName.RECEIVED_BY_OPT_OUT, true).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("itself received by opt-out"));
    }

    @Test
    void art27_2_allThreeProhibitionsAreReportedTogether() {
      Decision d = decide(optOutReady(LEAVE_REASON).fact(FactName.ACQUIRED_IMPROPERLY, true)
          .fact(FactName.RECEIVED_BY_OPT_OUT, true).build());
      assertThat(d.reasons().stream().filter(r -> r.article().article().equals("Art.27(2)")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void art27_2_optOutWithoutPpcFilingIsUnavailableAndTheFilingIsNamedAsRemedy() {
      OptOutRegistration unfiled = new OptOutRegistration(TENANT, Set.of(HISTORY.id()), "oo-v1",
          Instant.parse("2026-01-01T00:00:00Z"), "", null);
      Decision d = decide(optOutReady(HISTORY).optOut(unfiled).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(kinds(d)).contains(Kind.FILE_OPT_OUT_WITH_PPC, Kind.OBTAIN_CONSENT);
    }

    @Test
    void art27_2_aStopRequestBlocksOptOutProvisionAtOnce() {
      Decision d = decide(optOutReady(HISTORY).fact(FactName.OPT_OUT_STOP_REQUESTED, true).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
    }

    @Test
    void art27_2_unknownProvenanceFailsClosedWhenOptOutIsRelied_on() {
      Decision d = decide(toAgency(HISTORY).optOut(optOut()).fact(FactName.CONSENT_TO_PROVIDE, false)
          .fact(FactName.OPT_OUT_STOP_REQUESTED, false).build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class, deny -> assertThat(deny.missingFacts())
          .containsExactlyInAnyOrder(FactName.ACQUIRED_IMPROPERLY, FactName.RECEIVED_BY_OPT_OUT));
    }

    @Test
    void art27_5_i_entrustmentWithinThePurposeIsNotProvisionAndNeedsNoRecord() {
      Decision d = decide(provide(Recipient.of("payroll-processor", RecipientRelation.PROCESSOR, "JP"), HISTORY)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.27(5)(i)");
      assertThat(kinds(d)).containsExactly(Kind.SUPERVISE_PROCESSOR);
    }

    @Test
    void art27_5_i_entrustmentBeyondThePurposeFallsBackToConsent() {
      Decision d = decide(provide(Recipient.of("payroll-processor", RecipientRelation.PROCESSOR, "JP"), HISTORY)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, false).fact(FactName.CONSENT_TO_PROVIDE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).contains("Art.27(5)(i)", "Art.27(1)");
    }

    @Test
    void art27_5_ii_provisionToASuccessorIsNotProvisionButLimitsUseToTheFormerPurpose() {
      Decision d = decide(provide(Recipient.of("newco", RecipientRelation.SUCCESSOR, "JP"), HISTORY).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(kinds(d)).containsExactly(Kind.LIMIT_TO_PRE_SUCCESSION_PURPOSE);
    }

    private DecisionRequest.Builder toGroupCompany(DataCategory... c) {
      return provide(Recipient.of("acme-japan-sub", RecipientRelation.JOINT_USER, "JP"), c).jointUse(jointUse());
    }

    @Test
    void art27_5_iii_jointUseWithinScopeItemsAndPurposesNotifiedBeforehandIsPermitted() {
      Decision d = decide(toGroupCompany(HISTORY, EMAIL).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.27(5)(iii)");
      assertThat(kinds(d)).isEmpty();
    }

    @Test
    void art27_5_iii_jointUseWithAnItemOutsideTheNoticeFallsBackToArt27_1Consent() {
      Decision d = decide(toGroupCompany(HISTORY, LEAVE_REASON).fact(FactName.CONSENT_TO_PROVIDE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("leave-reason"));
    }

    @Test
    void art27_5_iii_jointUseForAnotherPurposeOrOutsideTheUserScopeIsNotJointUse() {
      Decision d = decide(DecisionRequest.builder(TENANT, Action.PROVIDE, PurposeId.MENTORING, AT)
          .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY)
          .recipient(Recipient.of("other-company", RecipientRelation.JOINT_USER, "JP")).jointUse(jointUse())
          .fact(FactName.CONSENT_TO_PROVIDE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("scope of joint users"))
          .anySatisfy(r -> assertThat(r.text()).contains("mentoring"));
    }

    @Test
    void art27_5_iii_aJointUseNoticeGivenAfterTheProvisionDoesNotCount() {
      JointUse late = new JointUse(TENANT, "ju-late", Set.of(HISTORY.id()), Set.of("acme-japan-sub"), Set.of(PURPOSE),
          "Acme Holdings KK", "ju-v1", AT.plusSeconds(60));
      Decision d = decide(toGroupCompany(HISTORY).jointUse(late).fact(FactName.CONSENT_TO_PROVIDE, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(kinds(d)).contains(Kind.GIVE_JOINT_USE_NOTICE, Kind.OBTAIN_CONSENT);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("beforehand"));
    }

    @Test
    void art27_5_iii_aJointUseArrangementWithoutResponsiblePartyIsNotJointUse() {
      JointUse noParty = new JointUse(TENANT, "ju-x", Set.of(HISTORY.id()), Set.of("acme-japan-sub"), Set.of(PURPOSE),
          "", "ju-v1", Instant.parse("2026-02-01T00:00:00Z"));
      Decision d = decide(toGroupCompany(HISTORY).jointUse(noParty).fact(FactName.CONSENT_TO_PROVIDE, false).build());
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("responsible"));
    }

    @Test
    void anArrangementOfAnotherTenantIsRejected() {
      JointUse other = new JointUse(TenantId.of("globex"), "ju", Set.of(), Set.of(), Set.of(), "", "", null);
      assertThatThrownBy(() -> toGroupCompany(HISTORY).jointUse(other).build()).isInstanceOf(TenantMismatchException.class);
    }
  }

  @Nested
  class Art28ForeignTransfer {
    @Test
    void art28_1_aRecipientInAnEquivalentCountryIsTreatedAsDomestic() {
      Decision d = decide(provide(thirdParty("DE"), HISTORY).fact(FactName.CONSENT_TO_PROVIDE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.27(1)", "Art.28(1)");
    }

    @Test
    void art28_1_theEquivalentCountryListIsConfigurable() {
      RuleSet noEu = RuleSet.appi2022().withEquivalentCountries(Set.of("GB"));
      Decision d = DecisionEngine.decide(provide(thirdParty("DE"), HISTORY).fact(FactName.CONSENT_TO_PROVIDE, true)
          .fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false).fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, false).build(), noEu);
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
    }

    @Test
    void art28_1_anOrdinaryArt27ConsentDoesNotCoverANonEquivalentCountry() {
      Decision d = decide(provide(thirdParty("US"), HISTORY).fact(FactName.CONSENT_TO_PROVIDE, true)
          .fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false).fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(kinds(d)).containsExactly(Kind.GIVE_ART28_INFORMATION, Kind.OBTAIN_CONSENT);
    }

    @Test
    void art28_2_consentGivenAfterTheArt28InformationPermitsWithAProvisionRecord() {
      Decision d = decide(provide(thirdParty("US"), HISTORY).fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false)
          .fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(articles(d)).containsExactly("Art.28(1)");
      assertThat(kinds(d)).containsExactly(Kind.MAKE_PROVISION_RECORD);
    }

    @Test
    void art28_1_aRecipientWithAConformingSystemFallsUnderArt27AndMustBeMonitored() {
      Decision d = decide(provide(thirdParty("US"), HISTORY).fact(FactName.RECIPIENT_CONFORMING_SYSTEM, true)
          .fact(FactName.CONSENT_TO_PROVIDE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(kinds(d)).contains(Kind.MONITOR_FOREIGN_RECIPIENT, Kind.MAKE_PROVISION_RECORD);
    }

    @Test
    void art28_1_entrustmentToAProcessorInANonEquivalentCountryDoesNotHelp() {
      Decision d = decide(provide(Recipient.of("cloud-crm", RecipientRelation.PROCESSOR, "US"), HISTORY)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false)
          .fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(d.reasons()).anySatisfy(r -> assertThat(r.text()).contains("PROCESSOR arrangement (Art. 27(5)) does not help"));
    }

    @Test
    void art28_1_jointUseWithAGroupCompanyInANonEquivalentCountryDoesNotHelp() {
      Decision d = decide(provide(Recipient.of("acme-japan-sub", RecipientRelation.JOINT_USER, "SG"), HISTORY).jointUse(jointUse())
          .fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false).fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).containsOnly("Art.28(1)");
    }

    @Test
    void art28_1_entrustmentInAnEquivalentCountryWorksAsAtHome() {
      Decision d = decide(provide(Recipient.of("cloud-crm", RecipientRelation.PROCESSOR, "IE"), HISTORY)
          .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art28_anUnknownRecipientCountryFailsClosed() {
      Decision d = decide(provide(Recipient.inUnknownCountry("agency-1", RecipientRelation.THIRD_PARTY), HISTORY)
          .fact(FactName.CONSENT_TO_PROVIDE, true).build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).contains(FactName.RECIPIENT_COUNTRY));
    }

    @Test
    void art28_anUnknownConformingSystemFailsClosedUnlessForeignConsentIsKnown() {
      Decision d = decide(provide(thirdParty("US"), HISTORY).fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, false).build());
      // With a conforming system Art. 27 would apply instead, so its consent is named too.
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class, deny -> assertThat(deny.missingFacts())
          .containsExactlyInAnyOrder(FactName.RECIPIENT_CONFORMING_SYSTEM, FactName.CONSENT_TO_PROVIDE));
      assertThat(decide(provide(thirdParty("US"), HISTORY).fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, true).build()).verdict())
          .isEqualTo(Verdict.PERMIT);
    }
  }

  @Nested
  class Art31PersonallyReferable {
    private DecisionRequest.Builder cookies(String country) {
      return DecisionRequest.builder(TENANT, Action.PROVIDE, PurposeId.of("ad-measurement"), AT)
          .dataClass(DataClass.PERSONALLY_REFERABLE).categories(DataCategory.ordinary("user.device.cookie_id"))
          .recipient(thirdParty(country));
    }

    @Test
    void art31_1_cookieIdsToAnAdPlatformThatWillLinkThemNeedTheRecipientsConsentConfirmed() {
      Decision d = decide(cookies("JP").fact(FactName.RECIPIENT_WILL_LINK, true).fact(FactName.ART31_CONSENT_CONFIRMED, false).build());
      assertThat(d).isInstanceOf(Decision.RequireConsent.class);
      assertThat(articles(d)).contains("Art.31(1)(i)");
    }

    @Test
    void art31_1_withTheConfirmationRecordedProvisionIsPermittedAndTheConfirmationKept() {
      Decision d = decide(cookies("JP").fact(FactName.RECIPIENT_WILL_LINK, true).fact(FactName.ART31_CONSENT_CONFIRMED, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(kinds(d)).containsExactly(Kind.MAKE_ART31_CONFIRMATION_RECORD);
    }

    @Test
    void art31_1_aRecipientThatOnlyMakesStatisticsDoesNotTriggerArt31() {
      assertThat(decide(cookies("JP").fact(FactName.RECIPIENT_WILL_LINK, false).build()).verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art31_1_ii_aForeignRecipientAlsoNeedsTheArt28InformationConfirmed() {
      Decision d = decide(cookies("US").fact(FactName.RECIPIENT_WILL_LINK, true).fact(FactName.ART31_CONSENT_CONFIRMED, true).build());
      assertThat(d).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).containsExactly(FactName.ART31_FOREIGN_INFO_CONFIRMED));
      Decision ok = decide(cookies("US").fact(FactName.RECIPIENT_WILL_LINK, true).fact(FactName.ART31_CONSENT_CONFIRMED, true)
          .fact(FactName.ART31_FOREIGN_INFO_CONFIRMED, true).build());
      assertThat(ok.verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art31_unknownLinkageFailsClosed() {
      assertThat(decide(cookies("JP").build())).isInstanceOfSatisfying(Decision.Deny.class,
          deny -> assertThat(deny.missingFacts()).containsExactly(FactName.RECIPIENT_WILL_LINK));
    }
  }

  @Nested
  class Arts41To44Datasets {
    private DecisionRequest.Builder dataset(DataClass cls, Action action) {
      DecisionRequest.Builder b = DecisionRequest.builder(TENANT, action, PurposeId.of("research"), AT)
          .dataClass(cls).categories(HISTORY);
      return action == Action.PROVIDE ? b.recipient(thirdParty("JP")) : b;
    }

    @Test
    void art41_6_pseudonymisedInformationMayNotBeProvidedToAThirdPartyEvenWithConsent() {
      Decision d = decide(dataset(DataClass.PSEUDONYMISED, Action.PROVIDE).fact(FactName.CONSENT_TO_PROVIDE, true).build());
      assertThat(d).isInstanceOf(Decision.Deny.class);
      assertThat(articles(d)).containsExactly("Art.41(6)");
    }

    @Test
    void art41_6_pseudonymisedInformationMayGoToAProcessor() {
      Decision d = decide(dataset(DataClass.PSEUDONYMISED, Action.PROVIDE)
          .recipient(Recipient.of("analytics-processor", RecipientRelation.PROCESSOR, "JP")).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
    }

    @Test
    void art41_7_reidentifyingPseudonymisedInformationIsDenied() {
      assertThat(articles(decide(dataset(DataClass.PSEUDONYMISED, Action.REIDENTIFY).build()))).containsExactly("Art.41(7)");
    }

    @Test
    void art41_8_contactingPersonsFromPseudonymisedInformationIsDenied() {
      Decision d = decide(dataset(DataClass.PSEUDONYMISED, Action.CONTACT).build());
      assertThat(d).isInstanceOf(Decision.Deny.class);
      assertThat(articles(d)).containsExactly("Art.41(8)");
    }

    @Test
    void art41_3_useBeyondThePublishedPurposeRequiresPublishingItFirst() {
      Decision d = decide(dataset(DataClass.PSEUDONYMISED, Action.USE).fact(FactName.WITHIN_SPECIFIED_PURPOSE, false)
          .fact(FactName.PURPOSE_NOTIFIED, true).build());
      assertThat(d).isInstanceOf(Decision.RequireNotice.class);
      assertThat(kinds(d)).containsExactly(Kind.PUBLISH_PSEUDONYMISED_PURPOSE);
    }

    @Test
    void art43_4_anonymisedInformationMayBeProvidedOncePublishedWithAStatementToTheRecipient() {
      Decision d = decide(dataset(DataClass.ANONYMISED, Action.PROVIDE).fact(FactName.ANONYMISED_CATEGORIES_PUBLISHED, true).build());
      assertThat(d.verdict()).isEqualTo(Verdict.PERMIT);
      assertThat(kinds(d)).containsExactly(Kind.TELL_RECIPIENT_ANONYMISED);
    }

    @Test
    void art43_4_unpublishedAnonymisedCategoriesRequireNotice() {
      Decision d = decide(dataset(DataClass.ANONYMISED, Action.PROVIDE).fact(FactName.ANONYMISED_CATEGORIES_PUBLISHED, false).build());
      assertThat(d).isInstanceOf(Decision.RequireNotice.class);
    }

    @Test
    void art43_5_reidentifyingAnonymisedInformationIsDenied() {
      assertThat(decide(dataset(DataClass.ANONYMISED, Action.REIDENTIFY).build())).isInstanceOf(Decision.Deny.class);
    }
  }

  @Test
  void aRequestNoRuleCoversIsDeniedByDefault() {
    Decision d = decide(DecisionRequest.builder(TENANT, Action.REIDENTIFY, PURPOSE, AT)
        .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY).build());
    assertThat(d).isInstanceOf(Decision.Deny.class);
    assertThat(d.reasons().get(0).policy()).isEqualTo("noApplicableRule");
  }

  @Test
  void provisionWithoutARecipientIsRejectedNamingTheField() {
    assertThatThrownBy(() -> DecisionRequest.builder(TENANT, Action.PROVIDE, PURPOSE, AT)
        .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("recipient");
  }

  @Test
  void aHouseRuleAddedToTheRuleSetIsAppliedAndCited() {
    RuleSet strict = RuleSet.appi2022().withAdditionalPolicy(DecisionPolicy.of("noProvisionToAgencies",
        (r, rs) -> r.action() == Action.PROVIDE && r.recipient().id().startsWith("agency")
            ? new RuleResult.Unsatisfied(Verdict.DENY, List.of(new Reason("noProvisionToAgencies", rs.cite("Art.23"), "house rule")), List.of(), List.of())
            : RuleResult.notApplicable()));
    Decision d = DecisionEngine.decide(provide(thirdParty("JP"), HISTORY).fact(FactName.CONSENT_TO_PROVIDE, true).build(), strict);
    assertThat(d).isInstanceOf(Decision.Deny.class);
    assertThat(d.reasons()).extracting(Reason::policy).containsExactly("noProvisionToAgencies");
  }

  @Test
  void gateFactsReadConsentThroughThePurposeGate() {
    DecisionRequest base = use().fact(FactName.WITHIN_SPECIFIED_PURPOSE, false).fact(FactName.ACQUIRED_BY_SUCCESSION, false).build();
    DecisionRequest allowed = GateFacts.withConsentForPurpose(base, org.alumnisdk.core.spi.PurposeGate.allowAllForTesting());
    DecisionRequest denied = GateFacts.withConsentForPurpose(base, org.alumnisdk.core.spi.PurposeGate.denyAll());
    assertThat(decide(allowed).verdict()).isEqualTo(Verdict.PERMIT);
    assertThat(decide(denied).verdict()).isEqualTo(Verdict.REQUIRE_CONSENT);
  }

  @Test
  void requestsPrintNoPersonalDataAndExceptionClaimsHideTheirJustification() {
    ExceptionClaim c = ExceptionClaim.of(LegalGround.LIFE_BODY_PROPERTY, "Taro Yamada was injured", "staff-7");
    assertThat(c.toString()).doesNotContain("Taro");
    assertThat(use().exception(c).build().toString()).doesNotContain("Taro");
  }
}
