package org.alumnisdk.core;

/**
 * Which page of a finder's results to return.
 *
 * @param page the zero-based page number
 * @param size the page size, 1 to 10,000
 * @since 0.1.0
 */
public record PageRequest(int page, int size) {
  /** The largest page size. */
  public static final int MAX_SIZE = 10_000;

  /**
   * Validates the request.
   *
   * @param page the zero-based page number
   * @param size the page size, 1 to 10,000
   * @throws InvalidValueException if the page is negative or the size out of range
   */
  public PageRequest {
    Checks.notNegative(page, "page");
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
    }
  }

  /**
   * Creates a request.
   *
   * @param page the zero-based page number
   * @param size the page size
   * @return the request
   */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /**
   * The first page of a size.
   *
   * @param size the page size
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /**
   * The next page.
   *
   * @return a request for the page after this one
   */
  public PageRequest next() {
    return new PageRequest(page + 1, size);
  }
}
