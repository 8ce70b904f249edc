package org.alumnisdk.core;

import java.util.List;

/**
 * One page of results from a finder.
 *
 * @param items the items of this page, in the finder's stated order
 * @param request the request that produced it
 * @param totalItems the number of items over all pages
 * @param <T> the item type
 * @since 0.1.0
 */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {
  /**
   * Copies the items.
   *
   * @param items the items of this page, in the finder's stated order
   * @param request the request that produced it
   * @param totalItems the number of items over all pages
   * @throws InvalidValueException if a field is missing or the total is negative
   */
  public Page {
    items = Checks.copyOf(items, "items");
    Checks.notNull(request, "request");
    Checks.notNegative(totalItems, "totalItems");
  }

  /**
   * Whether a later page has items.
   *
   * @return true if more items follow this page
   */
  public boolean hasNext() {
    return (long) request.page() * request.size() + items.size() < totalItems;
  }
}
