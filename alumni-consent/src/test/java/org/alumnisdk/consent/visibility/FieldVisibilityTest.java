package org.alumnisdk.consent.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.alumnisdk.consent.rights.TestProfiles;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.FieldGroup;
import org.alumnisdk.core.alumnus.Visibility;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.Test;

class FieldVisibilityTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Instant AT = TestProfiles.T0;
  private final FieldVisibility allowAll = FieldVisibility.of(PurposeGate.allowAllForTesting(), VisibilityRules.defaults());

  private static Alumnus withSettings(VisibilitySettings s) {
    Alumnus a = TestProfiles.alumnus(T, "a-1");
    return new Alumnus(a.id(), a.tenant(), a.externalId(), a.name(), a.contacts(), a.employment(), a.departure(),
        a.current(), a.skills(), a.languages(), a.willingness(), s, a.membership(), a.version());
  }

  private static VisibilitySettings all(Visibility v) {
    VisibilitySettings s = VisibilitySettings.privateByDefault();
    for (FieldGroup g : FieldGroup.values()) {
      s = s.with(g, v);
    }
    return s;
  }

  @Test
  void byDefaultNothingButTheAlumnusThemselfSeesAnything() {
    Alumnus a = TestProfiles.alumnus(T, "a-1");
    assertThat(allowAll.decide(Viewer.self(T, a.id()), a, AT).visible()).containsExactlyInAnyOrder(FieldGroup.values());
    for (ViewerRole role : EnumSet.of(ViewerRole.ALUMNI_RELATIONS_STAFF, ViewerRole.RECRUITER)) {
      assertThat(allowAll.decide(Viewer.of(T, role, PurposeId.REHIRE_OUTREACH), a, AT).visible()).isEmpty();
    }
    assertThat(allowAll.decide(Viewer.fellow(T, AlumnusId.of("a-2"), PurposeId.MENTORING), a, AT).visible()).isEmpty();
  }

  @Test
  void theSelfRoleOnlyWorksForTheSamePerson() {
    Alumnus a = TestProfiles.alumnus(T, "a-1");
    VisibilityDecision d = allowAll.decide(Viewer.self(T, AlumnusId.of("a-2")), a, AT);
    assertThat(d.visible()).isEmpty();
    assertThat(d.hidden()).containsValue("not the alumnus themself");
  }

  @Test
  void staffSettingAdmitsStaffAndRecruitersButNotFellowAlumni() {
    Alumnus a = withSettings(all(Visibility.STAFF));
    assertThat(allowAll.decide(Viewer.of(T, ViewerRole.ALUMNI_RELATIONS_STAFF, PurposeId.ENGAGEMENT_ANALYTICS), a, AT).visible())
        .containsExactlyInAnyOrder(FieldGroup.values());
    assertThat(allowAll.decide(Viewer.of(T, ViewerRole.RECRUITER, PurposeId.REHIRE_OUTREACH), a, AT).visible())
        .doesNotContain(FieldGroup.DEPARTURE).contains(FieldGroup.NAME, FieldGroup.SKILLS);
    assertThat(allowAll.decide(Viewer.fellow(T, AlumnusId.of("a-2"), PurposeId.MENTORING), a, AT).visible()).isEmpty();
  }

  @Test
  void recruitersNeverSeeTheDepartureWhichMayHoldASpecialCareLeaveReason() {
    Alumnus a = withSettings(all(Visibility.ALUMNI));
    VisibilityDecision d = allowAll.decide(Viewer.of(T, ViewerRole.RECRUITER, PurposeId.REHIRE_OUTREACH), a, AT);
    assertThat(d.sees(FieldGroup.DEPARTURE)).isFalse();
    assertThat(d.hidden().get(FieldGroup.DEPARTURE)).contains("outside what the role");
  }

  @Test
  void withoutConsentOrNoticeForThePurposeTheGateHidesEverything() {
    Alumnus a = withSettings(all(Visibility.ALUMNI));
    PurposeGate onlyMentoring = (t, id, p, at) -> p.equals(PurposeId.MENTORING) ? GateDecision.allow("consent c-1")
        : GateDecision.deny("no consent");
    FieldVisibility v = FieldVisibility.of(onlyMentoring, VisibilityRules.defaults());
    assertThat(v.decide(Viewer.of(T, ViewerRole.RECRUITER, PurposeId.REHIRE_OUTREACH), a, AT).visible()).isEmpty();
    assertThat(v.decide(Viewer.fellow(T, AlumnusId.of("a-2"), PurposeId.MENTORING), a, AT).visible()).isNotEmpty();
  }

  @Test
  void art27_5_iii_aJointUserSeesOnlyTheJointUseItemsAndOnlyIfNotifiedBeforehand() {
    Alumnus a = withSettings(all(Visibility.STAFF));
    Set<FieldGroup> items = EnumSet.of(FieldGroup.NAME, FieldGroup.EMPLOYMENT_HISTORY);
    assertThat(allowAll.decide(Viewer.jointUser(T, PurposeId.REHIRE_OUTREACH, items, true), a, AT).visible())
        .containsExactlyInAnyOrderElementsOf(items);
    assertThat(allowAll.decide(Viewer.jointUser(T, PurposeId.REHIRE_OUTREACH, items, false), a, AT).visible()).isEmpty();
  }

  @Test
  void art27_5_i_aProcessorSeesOnlyWhatItsTaskNeeds() {
    Alumnus a = withSettings(all(Visibility.STAFF));
    VisibilityDecision d = allowAll.decide(Viewer.processor(T, PurposeId.ENGAGEMENT_ANALYTICS, EnumSet.of(FieldGroup.CONTACT)), a, AT);
    assertThat(d.visible()).containsExactly(FieldGroup.CONTACT);
    assertThat(d.hidden().get(FieldGroup.NAME)).isEqualTo("not needed for the entrusted task");
  }

  @Test
  void theRedactedViewCarriesOnlyVisibleGroupsAndPrintsNoPersonalData() {
    Alumnus a = withSettings(VisibilitySettings.privateByDefault().with(FieldGroup.SKILLS, Visibility.ALUMNI)
        .with(FieldGroup.NAME, Visibility.STAFF));
    RedactedProfile fellow = allowAll.view(Viewer.fellow(T, AlumnusId.of("a-2"), PurposeId.MENTORING), a, AT);
    assertThat(fellow.skills()).hasSize(1);
    assertThat(fellow.name()).isEmpty();
    assertThat(fellow.contacts()).isEmpty();
    assertThat(fellow.departure()).isEmpty();
    RedactedProfile staff = allowAll.view(Viewer.of(T, ViewerRole.ALUMNI_RELATIONS_STAFF, PurposeId.MENTORING), a, AT);
    assertThat(staff.name()).contains(a.name());
    assertThat(staff.toString()).doesNotContain("試験").doesNotContain("example.invalid");
  }

  @Test
  void aRoleMissingFromTheRulesSeesNothing() {
    FieldVisibility noRecruiters = FieldVisibility.of(PurposeGate.allowAllForTesting(),
        new VisibilityRules(java.util.Map.of(ViewerRole.SELF, EnumSet.allOf(FieldGroup.class))));
    assertThat(noRecruiters.decide(Viewer.of(T, ViewerRole.RECRUITER, PurposeId.REHIRE_OUTREACH), withSettings(all(Visibility.ALUMNI)), AT)
        .visible()).isEmpty();
  }

  @Test
  void viewersOfAnotherTenantAreRejected() {
    assertThatThrownBy(() -> allowAll.decide(Viewer.self(TenantId.of("globex"), AlumnusId.of("a-1")), TestProfiles.alumnus(T, "a-1"), AT))
        .isInstanceOf(TenantMismatchException.class);
  }
}
