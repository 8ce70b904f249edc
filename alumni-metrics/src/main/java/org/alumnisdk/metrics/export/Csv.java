package org.alumnisdk.metrics.export;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.Checks;

/**
 * Hand-written CSV writer (RFC 4180) for lists of result records. Columns come from the record
 * type: nested records (also inside {@code Optional}) are flattened with dotted names
 * ({@code definition.window.label}); single-string records (ids) are plain cells; collections and
 * maps are written as JSON text in one cell. Cells with a comma, quote or line break are quoted.
 * Text cells that a spreadsheet would run as formulas get a leading apostrophe ({@link
 * org.alumnisdk.core.text.SpreadsheetCells}). Lines end with CRLF.
 *
 * @since 0.1.0
 */
public final class Csv {
  private Csv() {}

  /**
   * Writes rows of one record type with a header line.
   *
   * @param type the record type (decides the columns, even when there are no rows)
   * @param rows the rows
   * @param <R> the record type
   * @return the CSV text
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public static <R extends Record> String write(Class<R> type, List<? extends R> rows) {
    Checks.notNull(type, "type");
    Checks.notNull(rows, "rows");
    List<String> header = new ArrayList<>();
    columns(type, "", header);
    StringBuilder sb = new StringBuilder(64 * (rows.size() + 1));
    for (int i = 0; i < header.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      cell(sb, header.get(i), false);
    }
    sb.append("\r\n");
    List<Object> values = new ArrayList<>(header.size());
    for (R row : rows) {
      values.clear();
      values(type, row, values);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object v = values.get(i);
        boolean isText = !(v instanceof Number || v instanceof Boolean || v == null);
        cell(sb, text(v), isText);
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  private static boolean flattenable(Class<?> c) {
    if (!c.isRecord()) {
      return false;
    }
    RecordComponent[] cs = c.getRecordComponents();
    return !(cs.length == 1 && cs[0].getType() == String.class);
  }

  private static Class<?> optionalRecord(RecordComponent c) {
    if (c.getType() == Optional.class) {
      Type t = c.getGenericType();
      if (t instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> arg
          && flattenable(arg)) {
        return arg;
      }
    }
    return null;
  }

  private static void columns(Class<?> type, String prefix, List<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      Class<?> nested = flattenable(c.getType()) ? c.getType() : optionalRecord(c);
      if (nested != null) {
        columns(nested, prefix + c.getName() + ".", out);
      } else {
        out.add(prefix + c.getName());
      }
    }
  }

  private static void values(Class<?> type, Object row, List<Object> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      Object v = row == null ? null : JsonExport.read((Record) row, c);
      if (flattenable(c.getType())) {
        values(c.getType(), v, out);
      } else if (optionalRecord(c) != null) {
        values(optionalRecord(c), v == null ? null : ((Optional<?>) v).orElse(null), out);
      } else {
        out.add(v instanceof Optional<?> o ? o.orElse(null) : v);
      }
    }
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      StringBuilder sb = new StringBuilder();
      JsonExport.number(sb, d);
      return Double.isFinite(d) ? sb.toString() : "";
    }
    if (v instanceof Collection<?> || v instanceof Map<?, ?> || v.getClass().isArray()) {
      return JsonExport.write(v);
    }
    if (v instanceof Record r) {
      Object s = JsonExport.singleString(r);
      return s != null ? (String) s : JsonExport.write(r);
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (JsonExport.isFunction(v)) {
      return "<function>";
    }
    return v.toString();
  }

  private static void cell(StringBuilder sb, String s, boolean isText) {
    if (isText) {
      s = org.alumnisdk.core.text.SpreadsheetCells.guard(s);
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    if (!quote) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        sb.append('"');
      }
      sb.append(ch);
    }
    sb.append('"');
  }
}
