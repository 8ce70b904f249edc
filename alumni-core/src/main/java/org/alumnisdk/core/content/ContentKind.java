package org.alumnisdk.core.content;

/**
 * The kind of a content item.
 *
 * @since 0.1.0
 */
public enum ContentKind {
  /** A newsletter issue. */
  NEWSLETTER,
  /** An article. */
  ARTICLE,
  /** An interview with an alumnus or employee. */
  INTERVIEW
}
