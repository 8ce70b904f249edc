package org.alumnisdk.core.roster;

import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.text.SpreadsheetCells;

/** A strict RFC 4180 reader and writer. Package-private. */
final class Csv {
  private Csv() {}

  /** One record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  static List<Row> parse(String text, int maxField) {
    List<Row> rows = new ArrayList<>();
    int pos = 0;
    int line = 1;
    int lineStart = 0;
    int n = text.length();
    while (pos < n) {
      int rowLine = line;
      List<String> fields = new ArrayList<>();
      boolean endOfRow = false;
      while (!endOfRow) {
        StringBuilder field = new StringBuilder();
        int fieldLine = line;
        int fieldCol = pos - lineStart + 1;
        if (pos < n && text.charAt(pos) == '"') {
          pos++;
          while (true) {
            if (pos >= n) {
              throw new RosterFormatException(fieldLine, fieldCol, "Quoting",
                  "a quoted field is never closed; close it with a double quote");
            }
            char c = text.charAt(pos);
            if (c == '"') {
              if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                field.append('"');
                pos += 2;
                continue;
              }
              pos++;
              break;
            }
            if (c == '\n' || (c == '\r' && (pos + 1 >= n || text.charAt(pos + 1) != '\n'))) {
              line++;
              lineStart = pos + 1;
            }
            field.append(c);
            pos++;
            if (field.length() > maxField) {
              throw new RosterFormatException(fieldLine, fieldCol, "FieldTooLong",
                  "a field is longer than " + maxField + " characters");
            }
          }
          if (pos < n && text.charAt(pos) != ',' && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') {
            throw new RosterFormatException(line, pos - lineStart + 1, "Quoting",
                "characters after a closing quote; double a quote inside a quoted field");
          }
        } else {
          while (pos < n) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\r' || c == '\n') {
              break;
            }
            if (c == '"') {
              throw new RosterFormatException(line, pos - lineStart + 1, "Quoting",
                  "a double quote inside an unquoted field; quote the whole field");
            }
            field.append(c);
            pos++;
            if (field.length() > maxField) {
              throw new RosterFormatException(fieldLine, fieldCol, "FieldTooLong",
                  "a field is longer than " + maxField + " characters");
            }
          }
        }
        fields.add(SpreadsheetCells.unguard(field.toString()));
        if (pos >= n) {
          endOfRow = true;
        } else {
          char c = text.charAt(pos);
          if (c == ',') {
            pos++;
            if (pos >= n) {
              fields.add("");
              endOfRow = true;
            }
          } else {
            pos += (c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') ? 2 : 1;
            line++;
            lineStart = pos;
            endOfRow = true;
          }
        }
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
      if (!blank) {
        rows.add(new Row(rowLine, List.copyOf(fields)));
      }
    }
    return rows;
  }

  static void writeRow(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = SpreadsheetCells.guard(fields.get(i));
      boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0 || (!f.isEmpty() && (f.charAt(0) == ' ' || f.charAt(f.length() - 1) == ' '));
      if (quote) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    sb.append("\r\n");
  }
}
