package org.alumnisdk.core;

/**
 * Thrown when a call would read or link data of another tenant. Tenant data never crosses tenants.
 *
 * @since 0.1.0
 */
public class TenantMismatchException extends AlumniException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the field or argument that referred to another tenant
   */
  public TenantMismatchException(String field) {
    super(field + ": belongs to another tenant");
  }
}
