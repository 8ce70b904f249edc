package org.alumnisdk.consent.ledger;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Operator facts printed on every consent receipt (27560 {@code pii_controllers},
 * {@code withdrawal_method}, {@code jurisdiction}). Company facts, not personal data.
 *
 * @param controllerName the legal name of the operator (the PII controller)
 * @param controllerContact a contact point for privacy questions (a desk, not a person)
 * @param withdrawalMethod how to withdraw, no harder than giving consent (27560 6.3.4.18)
 * @param jurisdiction the jurisdiction code, {@code JP}
 * @param lawVersion the rule set in force, for example {@code APPI@2022-04-01}
 * @since 0.1.0
 */
public record ReceiptSettings(
    String controllerName,
    String controllerContact,
    String withdrawalMethod,
    String jurisdiction,
    String lawVersion) {
  /**
   * Validates the settings.
   *
   * @param controllerName the legal name of the operator (the PII controller)
   * @param controllerContact a contact point for privacy questions (a desk, not a person)
   * @param withdrawalMethod how to withdraw, no harder than giving consent (27560 6.3.4.18)
   * @param jurisdiction the jurisdiction code, {@code JP}
   * @param lawVersion the rule set in force, for example {@code APPI@2022-04-01}
   * @throws InvalidValueException if a field is blank
   */
  public ReceiptSettings {
    controllerName = Checks.notBlank(controllerName, "receipt.controllerName");
    controllerContact = Checks.notBlank(controllerContact, "receipt.controllerContact");
    withdrawalMethod = Checks.notBlank(withdrawalMethod, "receipt.withdrawalMethod");
    jurisdiction = Checks.notBlank(jurisdiction, "receipt.jurisdiction");
    lawVersion = Checks.notBlank(lawVersion, "receipt.lawVersion");
  }

  /**
   * Settings for Japan under the rule set in force ({@code APPI@2022-04-01}).
   *
   * @param controllerName the operator's legal name
   * @param controllerContact the privacy contact point
   * @param withdrawalMethod how to withdraw
   * @return the settings
   * @throws InvalidValueException if a field is blank
   */
  public static ReceiptSettings japan(
      String controllerName, String controllerContact, String withdrawalMethod) {
    return new ReceiptSettings(
        controllerName, controllerContact, withdrawalMethod, "JP", "APPI@2022-04-01");
  }
}
