package org.alumnisdk.core.content;

/**
 * What happened between a content item and one recipient. Every interaction except
 * {@link #DELIVERED} needs an earlier delivery.
 *
 * @since 0.1.0
 */
public enum InteractionType {
  /** The item was delivered to the recipient. */
  DELIVERED,
  /** The recipient opened it (an unreliable signal: image blocking and privacy proxies). */
  OPENED,
  /** The recipient clicked a link in it. */
  CLICKED,
  /** The recipient replied. */
  REPLIED
}
