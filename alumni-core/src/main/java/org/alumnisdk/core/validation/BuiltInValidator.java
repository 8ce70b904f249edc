package org.alumnisdk.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.text.TextNormalizer;

/** Interprets the standard constraints on record components without a provider. */
final class BuiltInValidator implements ModelValidator {
  static final BuiltInValidator INSTANCE = new BuiltInValidator();
  private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();

  private BuiltInValidator() {}

  @Override
  public List<Violation> validate(Object value) {
    Checks.notNull(value, "value");
    List<Violation> out = new ArrayList<>();
    walk(value, "", out, Collections.newSetFromMap(new IdentityHashMap<>()));
    Collections.sort(out);
    return List.copyOf(out);
  }

  private void walk(Object value, String path, List<Violation> out, Set<Object> visiting) {
    if (value == null || !value.getClass().isRecord() || !visiting.add(value)) {
      return;
    }
    Class<?> type = value.getClass();
    for (RecordComponent rc : type.getRecordComponents()) {
      Object v;
      Field f;
      try {
        f = type.getDeclaredField(rc.getName());
        Method accessor = rc.getAccessor();
        v = accessor.invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new AlumniException("cannot read " + type.getSimpleName() + "." + rc.getName(), e);
      }
      String p = path.isEmpty() ? rc.getName() : path + "." + rc.getName();
      for (Annotation a : f.getAnnotations()) {
        checkConstraint(a, v, p, out);
      }
      if (f.isAnnotationPresent(Valid.class) || elementsAreValid(f)) {
        cascade(v, p, out, visiting);
      }
    }
    visiting.remove(value);
  }

  private static boolean elementsAreValid(Field f) {
    if (f.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType pt) {
      for (java.lang.reflect.AnnotatedType arg : pt.getAnnotatedActualTypeArguments()) {
        if (arg.isAnnotationPresent(Valid.class)) {
          return true;
        }
      }
    }
    return false;
  }

  private void cascade(Object v, String p, List<Violation> out, Set<Object> visiting) {
    if (v instanceof Optional<?> o) {
      o.ifPresent(x -> walk(x, p, out, visiting));
    } else if (v instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), p + "[" + i + "]", out, visiting);
      }
    } else if (v instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getValue(), p + "[" + e.getKey() + "]", out, visiting);
      }
    } else if (v instanceof Collection<?> c) {
      for (Object x : c) {
        walk(x, p + "[]", out, visiting);
      }
    } else {
      walk(v, p, out, visiting);
    }
  }

  private static void checkConstraint(Annotation a, Object v, String path, List<Violation> out) {
    Class<? extends Annotation> t = a.annotationType();
    if (!t.isAnnotationPresent(Constraint.class)) {
      return;
    }
    boolean ok;
    if (isStandard(t)) {
      ok = holds(a, v);
    } else {
      // a composed constraint: all of its standard meta-constraints must hold
      ok = true;
      List<Violation> inner = new ArrayList<>();
      for (Annotation meta : t.getAnnotations()) {
        if (isStandard(meta.annotationType()) && !holds(meta, v)) {
          ok = false;
          inner.add(violation(meta, path));
        }
      }
      if (!ok && !t.isAnnotationPresent(ReportAsSingleViolation.class)) {
        out.addAll(inner);
        return;
      }
    }
    if (!ok) {
      out.add(violation(a, path));
    }
  }

  private static boolean isStandard(Class<? extends Annotation> t) {
    return t == NotNull.class || t == NotBlank.class || t == NotEmpty.class || t == Size.class
        || t == Pattern.class || t == Email.class || t == Min.class || t == Max.class
        || t == Positive.class || t == PositiveOrZero.class;
  }

  private static boolean holds(Annotation a, Object v) {
    if (a instanceof NotNull) {
      return v != null;
    }
    if (a instanceof NotBlank) {
      return v instanceof CharSequence s && !s.toString().trim().isEmpty();
    }
    if (a instanceof NotEmpty) {
      return v != null && size(v) > 0;
    }
    if (v == null) {
      return true;
    }
    if (a instanceof Size s) {
      long n = size(v);
      return n >= s.min() && n <= s.max();
    }
    if (a instanceof Pattern p) {
      int flags = 0;
      for (Pattern.Flag f : p.flags()) {
        flags |= f.getValue();
      }
      int fl = flags;
      java.util.regex.Pattern re = PATTERNS.computeIfAbsent(fl + ":" + p.regexp(),
          k -> java.util.regex.Pattern.compile(p.regexp(), fl));
      return re.matcher(v.toString()).matches();
    }
    if (a instanceof Email) {
      String s = v.toString();
      return s.isEmpty() || TextNormalizer.email(s).filter(n -> n.equals(s.toLowerCase(java.util.Locale.ROOT))).isPresent();
    }
    if (v instanceof Number n) {
      long x = n.longValue();
      if (a instanceof Min m) {
        return x >= m.value();
      }
      if (a instanceof Max m) {
        return x <= m.value();
      }
      if (a instanceof Positive) {
        return n.doubleValue() > 0;
      }
      if (a instanceof PositiveOrZero) {
        return n.doubleValue() >= 0;
      }
    }
    return true;
  }

  private static long size(Object v) {
    if (v instanceof CharSequence s) {
      return s.length();
    }
    if (v instanceof Collection<?> c) {
      return c.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    if (v.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(v);
    }
    return 1;
  }

  private static Violation violation(Annotation a, String path) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (Method m : a.annotationType().getDeclaredMethods()) {
      String n = m.getName();
      if (n.equals("message") || n.equals("groups") || n.equals("payload") || m.getParameterCount() > 0) {
        continue;
      }
      try {
        attributes.put(n, m.invoke(a));
      } catch (ReflectiveOperationException e) {
        throw new AlumniException("cannot read constraint attribute " + n, e);
      }
    }
    String code = a.annotationType().getSimpleName();
    String[] msg = Messages.of(code, attributes, "is invalid");
    return new Violation(path, code, msg[0], msg[1]);
  }
}
