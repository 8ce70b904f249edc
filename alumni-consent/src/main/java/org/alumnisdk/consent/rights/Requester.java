package org.alumnisdk.consent.rights;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Who files a request: the person, or a representative (Art. 37(3)): a legal representative of a
 * minor or adult ward, or an agent appointed by the person.
 *
 * @param kind who files
 * @param representativeRef a reference to the representative's proof of authority (not a name);
 *     blank for the person themself
 * @since 0.1.0
 */
public record Requester(Kind kind, String representativeRef) {

  /** Who files. */
  public enum Kind {
    /** The person themself. */
    SELF,
    /** A legal representative. */
    LEGAL_REPRESENTATIVE,
    /** An agent appointed by the person. */
    AGENT
  }

  /**

   * Validates.

   *

   * @param kind who files

   * @param representativeRef a reference to the representative's proof of authority (not a name); blank for the person themself

   * @throws InvalidValueException if a representative comes without a reference

   */
  public Requester {
    Checks.notNull(kind, "requester.kind");
    representativeRef = representativeRef == null ? "" : representativeRef.strip();
    if (kind != Kind.SELF && representativeRef.isEmpty()) {
      throw new InvalidValueException("requester.representativeRef", "a representative needs a reference to the proof of authority");
    }
  }

  /**
   * Returns the person themself.
   *
   * @return the requester
   */
  public static Requester self() {
    return new Requester(Kind.SELF, "");
  }

  /**
   * Returns an agent.
   *
   * @param proofRef reference to the power of attorney
   * @return the requester
   */
  public static Requester agent(String proofRef) {
    return new Requester(Kind.AGENT, proofRef);
  }

  /**
   * Says whether a representative files.
   *
   * @return true unless SELF
   */
  public boolean representative() {
    return kind != Kind.SELF;
  }
}
