package org.alumnisdk.consent.decision;

import java.time.Instant;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/** Test fixtures for decision requests. */
final class Requests {
  static final TenantId TENANT = TenantId.of("acme");
  static final Instant AT = Instant.parse("2026-11-25T03:00:00Z");
  static final PurposeId PURPOSE = PurposeId.REHIRE_OUTREACH;
  static final DataCategory EMAIL = DataCategory.ordinary("user.contact.email");
  static final DataCategory HISTORY = DataCategory.ordinary("employment-history");
  static final DataCategory LEAVE_REASON = DataCategory.specialCare("leave-reason");
  static final DecisionEngine ENGINE = DecisionEngine.standard();

  private Requests() {}

  static DecisionRequest.Builder use() {
    return DecisionRequest.builder(TENANT, Action.USE, PURPOSE, AT)
        .dataClass(DataClass.PERSONAL_DATA).categories(EMAIL).subjects(AlumnusId.of("a-1"));
  }

  static DecisionRequest.Builder acquire(DataCategory... categories) {
    return DecisionRequest.builder(TENANT, Action.ACQUIRE, PURPOSE, AT)
        .dataClass(DataClass.PERSONAL_DATA).categories(categories).subjects(AlumnusId.of("a-1"));
  }

  static DecisionRequest.Builder provide(Recipient recipient, DataCategory... categories) {
    return DecisionRequest.builder(TENANT, Action.PROVIDE, PURPOSE, AT)
        .dataClass(DataClass.PERSONAL_DATA).categories(categories).subjects(AlumnusId.of("a-1"))
        .recipient(recipient);
  }

  static Recipient thirdParty(String country) {
    return Recipient.of("agency-1", RecipientRelation.THIRD_PARTY, country);
  }

  static OptOutRegistration optOut() {
    return new OptOutRegistration(TENANT, Set.of(EMAIL.id(), HISTORY.id(), LEAVE_REASON.id()), "oo-v1",
        Instant.parse("2026-01-01T00:00:00Z"), "PPC-2026-0001", Instant.parse("2026-01-10T00:00:00Z"));
  }

  static JointUse jointUse() {
    return new JointUse(TENANT, "group-ju-1", Set.of(EMAIL.id(), HISTORY.id()), Set.of("acme-japan-sub"),
        Set.of(PURPOSE), "Acme Holdings KK", "ju-v1", Instant.parse("2026-02-01T00:00:00Z"));
  }

  static Decision decide(DecisionRequest r) {
    return ENGINE.decide(r);
  }
}
