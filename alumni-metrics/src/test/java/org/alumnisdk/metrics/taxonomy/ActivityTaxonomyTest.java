package org.alumnisdk.metrics.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.activity.ActivityType;
import org.junit.jupiter.api.Test;

class ActivityTaxonomyTest {
  private final ActivityTaxonomy t = ActivityTaxonomy.defaults();

  @Test
  void mapsTheIssueActivitiesToTheFourCorporateModes() {
    assertThat(List.of(ActivityType.REFERRAL_SUBMITTED, ActivityType.REFERRAL_HIRED, ActivityType.REHIRED,
        ActivityType.BUSINESS_LEAD)).allSatisfy(x -> assertThat(t.rule(x).orElseThrow().mode()).isEqualTo(EngagementMode.CONTRIBUTION));
    assertThat(List.of(ActivityType.MENTORING, ActivityType.SPEAKING, ActivityType.INTERVIEWING, ActivityType.HOSTING))
        .allSatisfy(x -> assertThat(t.rule(x).orElseThrow().mode()).isEqualTo(EngagementMode.VOLUNTEER));
    assertThat(List.of(ActivityType.EVENT_ATTENDED, ActivityType.WEBINAR_ATTENDED, ActivityType.CAREER_CONSULTATION))
        .allSatisfy(x -> assertThat(t.rule(x).orElseThrow().mode()).isEqualTo(EngagementMode.EXPERIENTIAL));
    assertThat(List.of(ActivityType.CONTENT_CLICKED, ActivityType.CONTENT_REPLIED, ActivityType.SURVEY_ANSWERED,
        ActivityType.POST_CREATED, ActivityType.PROFILE_UPDATED))
        .allSatisfy(x -> assertThat(t.rule(x).orElseThrow().mode()).isEqualTo(EngagementMode.COMMUNICATION));
  }

  @Test
  void attendanceCountsRsvpDoesNotClicksCountOpensAreFlagged() {
    assertThat(t.rule(ActivityType.EVENT_ATTENDED).orElseThrow().counts()).isTrue();
    assertThat(t.rule(ActivityType.EVENT_RSVP).orElseThrow().counts()).isFalse();
    assertThat(t.rule(ActivityType.CONTENT_CLICKED).orElseThrow().counts()).isTrue();
    ActivityRule open = t.rule(ActivityType.CONTENT_OPENED).orElseThrow();
    assertThat(open.counts()).isFalse();
    assertThat(open.quality()).isEqualTo(SignalQuality.UNRELIABLE);
    ActivityRule counted = t.withCounting(ActivityType.CONTENT_OPENED, true).rule(ActivityType.CONTENT_OPENED).orElseThrow();
    assertThat(counted.counts()).isTrue();
    assertThat(counted.quality()).isEqualTo(SignalQuality.UNRELIABLE);
  }

  @Test
  void weightsAreConfigurableAndTheDefaultsStayUntouched() {
    ActivityTaxonomy custom = t.withWeight(ActivityType.MENTORING, 9)
        .with(ActivityRule.counting(ActivityType.of("client-won"), EngagementMode.CONTRIBUTION, 8, 9, 5));
    assertThat(custom.rule(ActivityType.MENTORING).orElseThrow().weight()).isEqualTo(9);
    assertThat(t.rule(ActivityType.MENTORING).orElseThrow().weight()).isEqualTo(5);
    assertThat(custom.rule(ActivityType.of("CLIENT-WON"))).isPresent();
    assertThat(t.rule(ActivityType.of("client-won"))).isEmpty();
  }

  @Test
  void rejectsBadRules() {
    assertThatThrownBy(() -> t.withWeight(ActivityType.of("nope"), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> t.withWeight(ActivityType.MENTORING, -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> ActivityRule.counting(ActivityType.MENTORING, EngagementMode.VOLUNTEER, 1, 13, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("commitment");
    ActivityRule r = ActivityRule.counting(ActivityType.MENTORING, EngagementMode.VOLUNTEER, 1, 1, 0);
    assertThatThrownBy(() -> ActivityTaxonomy.of(List.of(r, r)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than one");
  }
}
