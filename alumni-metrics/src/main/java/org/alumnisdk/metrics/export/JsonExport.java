package org.alumnisdk.metrics.export;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.AlumniException;

/**
 * Hand-written JSON writer for result records (no Jackson in the library). Records become objects
 * in component order; single-string records (ids, activity types) become strings; {@code Optional}
 * becomes its value or {@code null}; collections and arrays become arrays; maps become objects
 * keyed by {@code String.valueOf(key)}; {@code java.time} values use ISO-8601 text; non-finite
 * doubles become {@code null}; functions (segment predicates) are written as {@code "<function>"}.
 *
 * @since 0.1.0
 */
public final class JsonExport {
  private JsonExport() {}

  /**
   * Writes a value as compact JSON.
   *
   * @param value a record, collection, map, scalar or null
   * @return the JSON text
   * @throws AlumniException if a record accessor cannot be read
   */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value);
    return sb.toString();
  }

  static void write(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Double d) {
      number(sb, d);
    } else if (v instanceof Float f) {
      number(sb, f.doubleValue());
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Enum<?> e) {
      string(sb, e.name());
    } else if (v instanceof Optional<?> o) {
      write(sb, o.orElse(null));
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(scalarOf(e.getKey())));
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object x : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, x);
      }
      sb.append(']');
    } else if (v.getClass().isArray()) {
      sb.append('[');
      int n = Array.getLength(v);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, Array.get(v, i));
      }
      sb.append(']');
    } else if (v instanceof Record r) {
      Object scalar = singleString(r);
      if (scalar != null) {
        string(sb, (String) scalar);
        return;
      }
      sb.append('{');
      boolean first = true;
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, c.getName());
        sb.append(':');
        write(sb, read(r, c));
      }
      sb.append('}');
    } else if (v instanceof TemporalAccessor || v instanceof java.time.Duration || v instanceof java.time.Period
        || v instanceof java.time.ZoneId || v instanceof java.time.MonthDay) {
      string(sb, v.toString());
    } else if (isFunction(v)) {
      string(sb, "<function>");
    } else {
      string(sb, v.toString());
    }
  }

  static boolean isFunction(Object v) {
    return v instanceof java.util.function.Predicate<?> || v instanceof java.util.function.Function<?, ?>;
  }

  /** The string of a record with exactly one String component, else null. */
  static Object singleString(Record r) {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    if (cs.length == 1 && cs[0].getType() == String.class) {
      return read(r, cs[0]);
    }
    return null;
  }

  static Object scalarOf(Object key) {
    if (key instanceof Record r) {
      Object s = singleString(r);
      if (s != null) {
        return s;
      }
    }
    return key instanceof Enum<?> e ? e.name() : key;
  }

  static Object read(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new AlumniException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
    }
  }

  static void number(StringBuilder sb, double d) {
    if (!Double.isFinite(d)) {
      sb.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      sb.append((long) d);
    } else {
      sb.append(d);
    }
  }

  static void string(StringBuilder sb, String s) {
    org.alumnisdk.core.text.JsonText.quote(sb, s);
  }
}
