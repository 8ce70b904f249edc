package org.alumnisdk.matching.referral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** String dictionary: ids from 1 in insertion order; 0 means empty or unknown. Not thread-safe. */
final class Dict {
  private final HashMap<String, Integer> ids = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  Dict() {
    values.add("");
  }

  /** Returns the id of a normalised value, adding it; the empty string is 0. */
  int intern(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    Integer id = ids.get(value);
    if (id != null) {
      return id;
    }
    int next = values.size();
    ids.put(value, next);
    values.add(value);
    return next;
  }

  /** Returns the id of a normalised value, 0 for empty, -1 when absent. */
  int find(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    Integer id = ids.get(value);
    return id == null ? -1 : id;
  }

  /** The number of ids handed out, including 0. */
  int size() {
    return values.size();
  }

  String value(int id) {
    return values.get(id);
  }
}
