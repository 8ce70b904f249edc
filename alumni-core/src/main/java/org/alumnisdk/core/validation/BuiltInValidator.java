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
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.text.TextNormalizer;

/** Interprets the standard constraints on record components without a provider. */
final class BuiltInValidator implements ModelValidator {
  static final BuiltInValidator INSTANCE = new BuiltInValidator();

  private BuiltInValidator() {}

  @Override
  public List<Violation> validate(Object value) {
    Checks.notNull(value, "value");
    List<Violation> out = new ArrayList<>();
    walk(value, "", out, Collections.newSetFromMap(new IdentityHashMap<>()));
    Collections.sort(out);
    return List.copyOf(out);
  }

  /** One record component: how to read it, the rules on it, and whether to cascade. */
  private record Component(String name, Method accessor, List<Rule> rules, boolean cascade) {}

  /** One constraint, resolved once per class: its test, code and messages. */
  private record Rule(java.util.function.Predicate<Object> test, String code, String en, String ja,
      List<Rule> inner, boolean single) {
    void check(Object v, String path, List<Violation> out) {
      if (inner.isEmpty()) {
        if (!test.test(v)) {
          out.add(new Violation(path, code, en, ja));
        }
        return;
      }
      List<Violation> broken = new ArrayList<>();
      for (Rule r : inner) {
        r.check(v, path, broken);
      }
      if (!broken.isEmpty()) {
        if (single) {
          out.add(new Violation(path, code, en, ja));
        } else {
          out.addAll(broken);
        }
      }
    }
  }

  private static final ClassValue<List<Component>> PLANS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> out = new ArrayList<>();
      for (RecordComponent rc : type.getRecordComponents()) {
        Field f;
        try {
          f = type.getDeclaredField(rc.getName());
        } catch (NoSuchFieldException e) {
          throw new AlumniException("cannot read " + type.getSimpleName() + "." + rc.getName(), e);
        }
        List<Rule> rules = new ArrayList<>();
        for (Annotation a : f.getAnnotations()) {
          Rule r = rule(a);
          if (r != null) {
            rules.add(r);
          }
        }
        boolean cascade = f.isAnnotationPresent(Valid.class) || elementsAreValid(f);
        out.add(new Component(rc.getName(), rc.getAccessor(), List.copyOf(rules), cascade));
      }
      return List.copyOf(out);
    }
  };

  private static Rule rule(Annotation a) {
    Class<? extends Annotation> t = a.annotationType();
    if (!t.isAnnotationPresent(Constraint.class)) {
      return null;
    }
    String[] msg = messages(a);
    String code = t.getSimpleName();
    if (isStandard(t)) {
      return new Rule(predicate(a), code, msg[0], msg[1], List.of(), false);
    }
    List<Rule> inner = new ArrayList<>();
    for (Annotation meta : t.getAnnotations()) {
      if (isStandard(meta.annotationType())) {
        inner.add(rule(meta));
      }
    }
    if (inner.isEmpty()) {
      return null;
    }
    return new Rule(v -> true, code, msg[0], msg[1], List.copyOf(inner), t.isAnnotationPresent(ReportAsSingleViolation.class));
  }

  private void walk(Object value, String path, List<Violation> out, Set<Object> visiting) {
    if (value == null || !value.getClass().isRecord() || !visiting.add(value)) {
      return;
    }
    for (Component c : PLANS.get(value.getClass())) {
      Object v;
      try {
        v = c.accessor().invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new AlumniException("cannot read " + value.getClass().getSimpleName() + "." + c.name(), e);
      }
      String p = path.isEmpty() ? c.name() : path + "." + c.name();
      for (Rule r : c.rules()) {
        r.check(v, p, out);
      }
      if (c.cascade()) {
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

  private static boolean isStandard(Class<? extends Annotation> t) {
    return t == NotNull.class || t == NotBlank.class || t == NotEmpty.class || t == Size.class
        || t == Pattern.class || t == Email.class || t == Min.class || t == Max.class
        || t == Positive.class || t == PositiveOrZero.class;
  }

  private static java.util.function.Predicate<Object> predicate(Annotation a) {
    if (a instanceof NotNull) {
      return v -> v != null;
    }
    if (a instanceof NotBlank) {
      return v -> v instanceof CharSequence s && !s.toString().trim().isEmpty();
    }
    if (a instanceof NotEmpty) {
      return v -> v != null && size(v) > 0;
    }
    if (a instanceof Size s) {
      int min = s.min();
      int max = s.max();
      return v -> {
        if (v == null) {
          return true;
        }
        long n = size(v);
        return n >= min && n <= max;
      };
    }
    if (a instanceof Pattern p) {
      int flags = 0;
      for (Pattern.Flag f : p.flags()) {
        flags |= f.getValue();
      }
      java.util.regex.Pattern re = java.util.regex.Pattern.compile(p.regexp(), flags);
      return v -> v == null || re.matcher(v.toString()).matches();
    }
    if (a instanceof Email) {
      return v -> {
        if (v == null) {
          return true;
        }
        String s = v.toString();
        return s.isEmpty() || TextNormalizer.email(s).filter(n -> n.equals(s.toLowerCase(java.util.Locale.ROOT))).isPresent();
      };
    }
    if (a instanceof Min m) {
      long min = m.value();
      return v -> !(v instanceof Number n) || n.longValue() >= min;
    }
    if (a instanceof Max m) {
      long max = m.value();
      return v -> !(v instanceof Number n) || n.longValue() <= max;
    }
    if (a instanceof Positive) {
      return v -> !(v instanceof Number n) || n.doubleValue() > 0;
    }
    if (a instanceof PositiveOrZero) {
      return v -> !(v instanceof Number n) || n.doubleValue() >= 0;
    }
    return v -> true;
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

  private static String[] messages(Annotation a) {
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
    return Messages.of(a.annotationType().getSimpleName(), attributes, "is invalid");
  }
}
