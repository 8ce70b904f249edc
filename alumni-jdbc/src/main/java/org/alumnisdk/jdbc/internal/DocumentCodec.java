package org.alumnisdk.jdbc.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record as a JSON document and reads it back through its canonical constructor, so
 * that every invariant of the model is checked again on the way out of the database.
 *
 * <p>The mapping is by component, generic over the model: a record with one component is written
 * as that component (ids become plain strings); other records become objects keyed by component
 * name; a value whose declared type is a sealed interface carries {@code "@type"} with the simple
 * name of its record; enums are written by name; instants, dates, zones, durations and similar
 * value types by their ISO text (exact to the nanosecond); {@code Optional.empty()} as {@code
 * null}; lists and sets as arrays; maps as objects (keys of type String, enum or one-string
 * record). Unknown components in a stored document are refused, as are missing ones, so a
 * document of another shape is never silently misread. The top-level object carries the format
 * version under {@code "$format"}.
 */
public final class DocumentCodec {
  /** The key of the format version in every stored document. */
  public static final String FORMAT_KEY = "$format";
  private static final String TYPE_KEY = "@type";

  private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {}

  private record Scalar(Function<Object, String> write, Function<String, Object> read) {}

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Scalar> SCALARS = new LinkedHashMap<>();

  static {
    scalar(Instant.class, Instant::parse);
    scalar(LocalDate.class, LocalDate::parse);
    scalar(LocalDateTime.class, LocalDateTime::parse);
    scalar(LocalTime.class, LocalTime::parse);
    scalar(OffsetDateTime.class, OffsetDateTime::parse);
    scalar(Duration.class, Duration::parse);
    scalar(Period.class, Period::parse);
    scalar(Year.class, Year::parse);
    scalar(YearMonth.class, YearMonth::parse);
    scalar(UUID.class, UUID::fromString);
    scalar(URI.class, URI::create);
    scalar(BigDecimal.class, BigDecimal::new);
    scalar(BigInteger.class, BigInteger::new);
    SCALARS.put(ZoneId.class, new Scalar(v -> ((ZoneId) v).getId(), ZoneId::of));
    SCALARS.put(Locale.class, new Scalar(v -> ((Locale) v).toLanguageTag(), Locale::forLanguageTag));
    SCALARS.put(Currency.class, new Scalar(v -> ((Currency) v).getCurrencyCode(), Currency::getInstance));
  }

  private static void scalar(Class<?> type, Function<String, Object> read) {
    SCALARS.put(type, new Scalar(Object::toString, read));
  }

  private DocumentCodec() {}

  /**
   * Writes a record as a stored document.
   *
   * @param value the record
   * @param format the format version to stamp
   * @return the JSON text
   */
  public static String write(Record value, int format) {
    StringBuilder out = new StringBuilder(512);
    out.append("{\"").append(FORMAT_KEY).append("\":").append(format);
    writeFields(out, value, false, true);
    out.append('}');
    return out.toString();
  }

  /**
   * Reads a stored document.
   *
   * @param <T> the record type
   * @param json the JSON text
   * @param type the record type
   * @param format the only format version this release reads
   * @return the record
   * @throws IllegalArgumentException if the document is not of that type and format, or the
   *     model refuses its values
   */
  public static <T extends Record> T read(String json, Class<T> type, int format) {
    Object tree = JsonText.parse(json);
    if (!(tree instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("stored document is not an object");
    }
    Object stamp = map.get(FORMAT_KEY);
    if (!(stamp instanceof JsonText.Num n) || !n.text().equals(Integer.toString(format))) {
      throw new IllegalArgumentException("stored document has format " + describe(stamp)
          + "; this release reads format " + format);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!FORMAT_KEY.equals(e.getKey())) {
        fields.put((String) e.getKey(), e.getValue());
      }
    }
    return type.cast(readRecord(fields, type));
  }

  private static String describe(@Nullable Object stamp) {
    return stamp instanceof JsonText.Num n ? n.text() : "(none)";
  }

  // ------------------------------------------------------------------ write

  private static void writeFields(StringBuilder out, Record value, boolean typed, boolean comma) {
    Shape shape = shape(value.getClass());
    boolean first = !comma;
    if (typed) {
      out.append(first ? "" : ",");
      JsonText.string(out, TYPE_KEY);
      out.append(':');
      JsonText.string(out, value.getClass().getSimpleName());
      first = false;
    }
    for (int k = 0; k < shape.components().length; k++) {
      RecordComponent c = shape.components()[k];
      out.append(first ? "" : ",");
      first = false;
      JsonText.string(out, c.getName());
      out.append(':');
      writeValue(out, invoke(shape.accessors()[k], value), c.getGenericType());
    }
  }

  private static void writeValue(StringBuilder out, @Nullable Object v, Type type) {
    Class<?> raw = raw(type);
    if (v == null) {
      out.append("null");
      return;
    }
    if (raw == Optional.class) {
      Optional<?> o = (Optional<?>) v;
      if (o.isEmpty()) {
        out.append("null");
      } else {
        writeValue(out, o.get(), argument(type, 0));
      }
      return;
    }
    if (v instanceof OptionalInt o) {
      out.append(o.isPresent() ? Integer.toString(o.getAsInt()) : "null");
      return;
    }
    if (v instanceof OptionalLong o) {
      out.append(o.isPresent() ? Long.toString(o.getAsLong()) : "null");
      return;
    }
    if (v instanceof OptionalDouble o) {
      if (o.isPresent()) {
        writeDouble(out, o.getAsDouble());
      } else {
        out.append("null");
      }
      return;
    }
    if (v instanceof String s) {
      JsonText.string(out, s);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof Short || v instanceof Byte) {
      out.append(v);
    } else if (v instanceof Double d) {
      writeDouble(out, d);
    } else if (v instanceof Float f) {
      writeDouble(out, f.doubleValue());
    } else if (v instanceof Character c) {
      JsonText.string(out, c.toString());
    } else if (v instanceof Enum<?> e) {
      JsonText.string(out, e.name());
    } else if (v instanceof byte[] bytes) {
      JsonText.string(out, Base64.getEncoder().encodeToString(bytes));
    } else if (scalarFor(v.getClass()) != null) {
      JsonText.string(out, scalarFor(v.getClass()).write().apply(v));
    } else if (v instanceof Record r) {
      boolean typed = raw != r.getClass();
      Shape shape = shape(r.getClass());
      if (!typed && shape.components().length == 1) {
        writeValue(out, invoke(shape.accessors()[0], r), shape.components()[0].getGenericType());
      } else {
        out.append('{');
        writeFields(out, r, typed, false);
        out.append('}');
      }
    } else if (v instanceof Collection<?> list) {
      Type element = argument(type, 0);
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "" : ",");
        first = false;
        writeValue(out, item, element);
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> map) {
      Type valueType = argument(type, 1);
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        JsonText.string(out, keyText(e.getKey()));
        out.append(':');
        writeValue(out, e.getValue(), valueType);
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("no stored form for " + v.getClass().getName());
    }
  }

  private static void writeDouble(StringBuilder out, double d) {
    if (Double.isFinite(d)) {
      out.append(Double.toString(d));
    } else {
      JsonText.string(out, Double.toString(d));
    }
  }

  private static String keyText(Object key) {
    if (key instanceof String s) {
      return s;
    }
    if (key instanceof Enum<?> e) {
      return e.name();
    }
    if (key instanceof Record r) {
      Shape shape = shape(r.getClass());
      if (shape.components().length == 1 && shape.components()[0].getType() == String.class) {
        return (String) invoke(shape.accessors()[0], r);
      }
    }
    throw new IllegalArgumentException("no stored form for a map key of " + key.getClass().getName());
  }

  // ------------------------------------------------------------------ read

  private static Object readRecord(Map<?, ?> fields, Class<?> type) {
    Shape shape = shape(type);
    RecordComponent[] cs = shape.components();
    Object[] args = new Object[cs.length];
    int seen = 0;
    for (int k = 0; k < cs.length; k++) {
      if (!fields.containsKey(cs[k].getName())) {
        throw new IllegalArgumentException(type.getSimpleName() + "." + cs[k].getName() + " is missing");
      }
      seen++;
      args[k] = readValue(fields.get(cs[k].getName()), cs[k].getGenericType(), type.getSimpleName() + "." + cs[k].getName());
    }
    int extra = fields.containsKey(TYPE_KEY) ? 1 : 0;
    if (fields.size() != seen + extra) {
      throw new IllegalArgumentException(type.getSimpleName() + " has components this release does not know");
    }
    return construct(shape, args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static @Nullable Object readValue(@Nullable Object json, Type type, String where) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return json == null ? Optional.empty() : Optional.ofNullable(readValue(json, argument(type, 0), where));
    }
    if (raw == OptionalInt.class) {
      return json == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(num(json, where)));
    }
    if (raw == OptionalLong.class) {
      return json == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(num(json, where)));
    }
    if (raw == OptionalDouble.class) {
      return json == null ? OptionalDouble.empty() : OptionalDouble.of(readDouble(json, where));
    }
    if (json == null) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException(where + " is null");
      }
      return null;
    }
    if (raw == String.class) {
      return text(json, where);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (json instanceof Boolean b) {
        return b;
      }
      throw new IllegalArgumentException(where + " is not a boolean");
    }
    if (raw == int.class || raw == Integer.class) {
      return Integer.parseInt(num(json, where));
    }
    if (raw == long.class || raw == Long.class) {
      return Long.parseLong(num(json, where));
    }
    if (raw == short.class || raw == Short.class) {
      return Short.parseShort(num(json, where));
    }
    if (raw == byte.class || raw == Byte.class) {
      return Byte.parseByte(num(json, where));
    }
    if (raw == double.class || raw == Double.class) {
      return readDouble(json, where);
    }
    if (raw == float.class || raw == Float.class) {
      return (float) readDouble(json, where);
    }
    if (raw == char.class || raw == Character.class) {
      String s = text(json, where);
      if (s.length() != 1) {
        throw new IllegalArgumentException(where + " is not one character");
      }
      return s.charAt(0);
    }
    if (raw.isEnum()) {
      return Enum.valueOf((Class) raw, text(json, where));
    }
    if (raw == byte[].class) {
      return Base64.getDecoder().decode(text(json, where));
    }
    Scalar scalar = scalarFor(raw);
    if (scalar != null) {
      return scalar.read().apply(text(json, where));
    }
    if (raw.isRecord()) {
      Shape shape = shape(raw);
      if (shape.components().length == 1) {
        return construct(shape, new Object[] {readValue(json, shape.components()[0].getGenericType(), where)});
      }
      return readRecord(object(json, where), raw);
    }
    if (raw.isSealed()) {
      Map<?, ?> fields = object(json, where);
      Object name = fields.get(TYPE_KEY);
      Class<?> variant = variant(raw, name instanceof String s ? s : "");
      if (variant == null) {
        throw new IllegalArgumentException(where + " names no variant of " + raw.getSimpleName());
      }
      return readRecord(fields, variant);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (!(json instanceof List<?> items)) {
        throw new IllegalArgumentException(where + " is not an array");
      }
      Collection<Object> out = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
          : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      Type element = argument(type, 0);
      for (Object item : items) {
        out.add(readValue(item, element, where + "[]"));
      }
      return out;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> out = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      Type keyType = argument(type, 0);
      Type valueType = argument(type, 1);
      for (Map.Entry<?, ?> e : object(json, where).entrySet()) {
        out.put(readValue(e.getKey(), keyType, where + "{}"), readValue(e.getValue(), valueType, where + "{}"));
      }
      return out;
    }
    throw new IllegalArgumentException("no stored form for " + raw.getName());
  }

  private static @Nullable Class<?> variant(Class<?> sealed, String name) {
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.getSimpleName().equals(name) && c.isRecord()) {
        return c;
      }
      if (c.isSealed()) {
        Class<?> inner = variant(c, name);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  private static double readDouble(Object json, String where) {
    if (json instanceof String s && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"))) {
      return Double.parseDouble(s);
    }
    return Double.parseDouble(num(json, where));
  }

  private static String num(Object json, String where) {
    if (json instanceof JsonText.Num n) {
      return n.text();
    }
    throw new IllegalArgumentException(where + " is not a number");
  }

  private static String text(Object json, String where) {
    if (json instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(where + " is not a string");
  }

  private static Map<?, ?> object(Object json, String where) {
    if (json instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException(where + " is not an object");
  }

  // ------------------------------------------------------------------ reflection

  private static @Nullable Scalar scalarFor(Class<?> type) {
    for (Map.Entry<Class<?>, Scalar> e : SCALARS.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Shape shape(Class<?> type) {
    return SHAPES.computeIfAbsent(type, t -> {
      if (!t.isRecord()) {
        throw new IllegalArgumentException("no stored form for " + t.getName());
      }
      RecordComponent[] cs = t.getRecordComponents();
      Method[] accessors = new Method[cs.length];
      Class<?>[] types = new Class<?>[cs.length];
      for (int k = 0; k < cs.length; k++) {
        accessors[k] = cs[k].getAccessor();
        types[k] = cs[k].getType();
      }
      try {
        return new Shape(cs, accessors, t.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no canonical constructor in " + t.getName(), e);
      }
    });
  }

  private static @Nullable Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("cannot read " + accessor, e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    }
  }

  private static Object construct(Shape shape, @Nullable Object[] args) {
    try {
      return shape.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot construct " + shape.constructor().getDeclaringClass().getName(), e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("no stored form for the type " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("no element type in " + type);
  }
}
