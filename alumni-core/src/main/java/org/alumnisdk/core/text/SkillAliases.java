package org.alumnisdk.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.SkillId;

/**
 * The skill alias table: maps the many ways people write a skill ("JS", "ＪａｖａＳｃｒｉｐｔ",
 * "javascript", "ジャバスクリプト") to one {@link SkillId}.
 *
 * <p>Aliases are compared by {@link #key(String)}: the {@link TextNormalizer#standard() standard}
 * normalisation with kana folding, then white space, dots, hyphens, underscores and middle dots
 * removed, so "Node.js", "ＮｏｄｅＪＳ" and "node js" are one key. Every skill id is also an
 * alias of itself. Immutable and thread-safe; extend a table with {@link #with} or
 * {@link #merge(Reader)}.
 *
 * <p>Resource format (UTF-8): one skill per line, {@code skill-id: alias, alias, ...}; blank
 * lines and lines starting with {@code #} are ignored.
 *
 * @since 0.1.0
 */
public final class SkillAliases {
  private static final String BUILT_IN = "/org/alumnisdk/core/text/skill-aliases.txt";
  private static final TextNormalizer KEY = TextNormalizer.kanaReadings();
  private static volatile SkillAliases builtIn;

  private final Map<String, SkillId> byKey;

  private SkillAliases(Map<String, SkillId> byKey) {
    this.byKey = Collections.unmodifiableMap(new HashMap<>(byKey));
  }

  /**
   * An empty table.
   *
   * @return the table
   */
  public static SkillAliases empty() {
    return new SkillAliases(Map.of());
  }

  /**
   * The table shipped with the SDK (about fifty common skills, with Japanese names).
   *
   * @return the table
   * @throws UncheckedIOException if the resource cannot be read (a broken jar)
   */
  public static SkillAliases builtIn() {
    SkillAliases b = builtIn;
    if (b == null) {
      try (InputStream in = SkillAliases.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing resource " + BUILT_IN));
        }
        b = empty().merge(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      builtIn = b;
    }
    return b;
  }

  /**
   * The comparison key of an alias.
   *
   * @param alias the alias as written
   * @return the key
   */
  public static String key(String alias) {
    String current = Checks.notNull(alias, "alias");
    // Removing separators can put combining marks side by side, which normalisation then
    // reorders: repeat until nothing changes so that keys are idempotent.
    for (int round = 0; round < 8; round++) {
      String next = stripSeparators(KEY.apply(current));
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private static String stripSeparators(String n) {
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == ' ' || c == '.' || c == '-' || c == '_' || c == '\u30FB') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A copy with one more skill and its aliases.
   *
   * @param skill the skill id
   * @param aliases the aliases
   * @return the extended table
   * @throws InvalidValueException if an alias already maps to another skill
   */
  public SkillAliases with(SkillId skill, String... aliases) {
    Checks.notNull(skill, "skill");
    Map<String, SkillId> next = new HashMap<>(byKey);
    put(next, skill, skill.value());
    for (String a : aliases) {
      put(next, skill, a);
    }
    return new SkillAliases(next);
  }

  private static void put(Map<String, SkillId> map, SkillId skill, String alias) {
    String k = key(Checks.notBlank(alias, "alias"));
    if (k.isEmpty()) {
      throw new InvalidValueException("alias", "'" + alias + "' has no letters after normalisation");
    }
    SkillId old = map.putIfAbsent(k, skill);
    if (old != null && !old.equals(skill)) {
      throw new InvalidValueException("alias", "'" + alias + "' already maps to " + old + ", not " + skill);
    }
  }

  /**
   * A copy extended with the lines of a table in the resource format.
   *
   * @param table the table text; not closed
   * @return the extended table
   * @throws InvalidValueException naming the line of a malformed entry or a conflicting alias
   * @throws UncheckedIOException if reading fails
   */
  public SkillAliases merge(Reader table) {
    Map<String, SkillId> next = new HashMap<>(byKey);
    BufferedReader r = new BufferedReader(table);
    int lineNo = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int colon = l.indexOf(':');
        if (colon <= 0) {
          throw new InvalidValueException("line " + lineNo, "expected 'skill-id: alias, alias'");
        }
        SkillId id = SkillId.of(l.substring(0, colon).strip());
        try {
          put(next, id, id.value());
          for (String a : l.substring(colon + 1).split(",")) {
            if (!a.isBlank()) {
              put(next, id, a);
            }
          }
        } catch (InvalidValueException e) {
          throw new InvalidValueException("line " + lineNo, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SkillAliases(next);
  }

  /**
   * Resolves an alias.
   *
   * @param alias the skill as written
   * @return the skill id, or empty if the table does not know it
   */
  public Optional<SkillId> resolve(String alias) {
    if (alias == null || alias.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(alias)));
  }

  /**
   * Resolves an alias, or makes an id from its normalised text when the table does not know it
   * (so unknown skills still compare equal across spellings).
   *
   * @param alias the skill as written
   * @return the known id, or an id from the normalised text (spaces become hyphens)
   * @throws InvalidValueException if the alias is blank
   */
  public SkillId resolveOrDerive(String alias) {
    Checks.notBlank(alias, "skill");
    return resolve(alias).orElseGet(() -> {
      String derived = TextNormalizer.standard().apply(alias).replace(' ', '-');
      return SkillId.of(derived);
    });
  }

  /**
   * All aliases by key, sorted: for inspection and documentation.
   *
   * @return key to skill id
   */
  public Map<String, SkillId> entries() {
    return Collections.unmodifiableMap(new TreeMap<>(byKey));
  }

  /**
   * The number of keys in the table.
   *
   * @return the size
   */
  public int size() {
    return byKey.size();
  }

  @Override
  public String toString() {
    return "SkillAliases[" + byKey.size() + " aliases]";
  }
}
