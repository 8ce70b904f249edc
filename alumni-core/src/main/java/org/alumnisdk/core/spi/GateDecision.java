package org.alumnisdk.core.spi;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import java.util.Optional;

/**
 * The answer of a {@link PurposeGate} for one alumnus and one purpose: allowed or not, why in
 * words, and why as data.
 *
 * <p>{@link #code()} is a stable machine-readable reason that hosts and the other modules can act
 * on without parsing {@link #reason()}: the consent module uses the codes listed in
 * {@code org.alumnisdk.consent.gate.MissingFact} ({@code consent.not-held},
 * {@code notice.not-shown}, {@code use.stopped}, {@code ledger.broken}, ...), and the core adds
 * {@link #CODE_GATE_FAILURE}, {@link #CODE_NO_GATE} and {@link #CODE_CHECK_WAIVED}. {@link
 * #article()} names the article the decision rests on ({@code "Art.21(1)"}), or is empty when
 * there is none; {@link #citedArticle()} gives it as an {@code Optional}. The component is a plain
 * string so that every JSON mapper writes the record without extra modules.
 *
 * @param allowed whether the purpose may be pursued for this alumnus
 * @param code a stable machine-readable reason code (lowercase, dot-separated)
 * @param article the article the decision rests on (for example {@code "Art.27(1)"}), or empty
 * @param reason a short reason a person can read; never personal data
 * @since 0.1.0
 */
public record GateDecision(boolean allowed, String code, String article, String reason) {
  /** Code of a gate that threw or answered null: denied, fail closed. */
  public static final String CODE_GATE_FAILURE = "gate.failure";
  /** Code of {@link PurposeGate#denyAll()}: no gate was configured. */
  public static final String CODE_NO_GATE = "gate.not-configured";
  /** Code of {@link PurposeGate#withoutConsentCheck(String)}: the check was waived by name. */
  public static final String CODE_CHECK_WAIVED = "consent.check-waived";
  /** Code of a decision made with {@link #allow(String)} or {@link #deny(String)}. */
  public static final String CODE_UNSPECIFIED = "unspecified";

  /**
   * Validates the decision.
   *
   * @param allowed whether the purpose may be pursued for this alumnus
   * @param code a stable machine-readable reason code
   * @param article the article the decision rests on, or empty
   * @param reason a short reason a person can read; never personal data
   * @throws InvalidValueException if an argument is null or the code is blank
   */
  public GateDecision {
    Checks.notNull(code, "decision.code");
    Checks.notNull(article, "decision.article");
    Checks.notNull(reason, "decision.reason");
    Checks.notBlank(code, "decision.code");
  }

  /**
   * The article the decision rests on, if there is one.
   *
   * @return the article, or empty
   */
  public Optional<String> citedArticle() {
    return article.isEmpty() ? Optional.empty() : Optional.of(article);
  }

  /**
   * A decision without a structured reason ({@link #CODE_UNSPECIFIED}, no article), for simple
   * host gates.
   *
   * @param allowed whether the purpose may be pursued
   * @param reason why
   */
  public GateDecision(boolean allowed, String reason) {
    this(allowed, CODE_UNSPECIFIED, "", reason);
  }

  /**
   * An allowing decision without a structured reason.
   *
   * @param reason why it is allowed
   * @return the decision
   */
  public static GateDecision allow(String reason) {
    return new GateDecision(true, reason);
  }

  /**
   * A denying decision without a structured reason.
   *
   * @param reason why it is denied (for example the missing fact)
   * @return the decision
   */
  public static GateDecision deny(String reason) {
    return new GateDecision(false, reason);
  }

  /**
   * An allowing decision with a code and an optional article.
   *
   * @param code the reason code
   * @param article the article, or null for none
   * @param reason why, in words
   * @return the decision
   */
  public static GateDecision allow(String code, String article, String reason) {
    return new GateDecision(true, code, article == null ? "" : article, reason);
  }

  /**
   * A denying decision with a code and an optional article.
   *
   * @param code the reason code (for example {@code consent.not-held})
   * @param article the article, or null for none
   * @param reason why, in words
   * @return the decision
   */
  public static GateDecision deny(String code, String article, String reason) {
    return new GateDecision(false, code, article == null ? "" : article, reason);
  }
}
