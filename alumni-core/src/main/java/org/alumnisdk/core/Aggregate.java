package org.alumnisdk.core;

/**
 * An aggregate root stored through a repository port: it has an id, belongs to exactly one
 * tenant and carries an optimistic version (0 before the first save).
 *
 * @param <I> the id type
 * @param <T> the aggregate type itself
 * @since 0.1.0
 */
public interface Aggregate<I extends Comparable<? super I>, T extends Aggregate<I, T>> {
  /**
   * The aggregate's id, unique within its tenant.
   *
   * @return the id
   */
  I id();

  /**
   * The owning tenant.
   *
   * @return the tenant
   */
  TenantId tenant();

  /**
   * The optimistic version: 0 before the first save, incremented by every save.
   *
   * @return the version
   */
  long version();

  /**
   * A copy with another version; used by stores.
   *
   * @param newVersion the version
   * @return the copy
   */
  T withVersion(long newVersion);
}
