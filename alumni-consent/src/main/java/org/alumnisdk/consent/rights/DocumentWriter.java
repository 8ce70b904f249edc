package org.alumnisdk.consent.rights;

import java.util.List;
import java.util.Map;

/** Writes disclosure documents as JSON or CSV by hand (no JSON library). Package-private. */
final class DocumentWriter {
  private DocumentWriter() {}

  static String write(DisclosureFormat format, String header, List<ProfileItems.Item> items,
      List<RecordView> records, List<Withholding> withheld) {
    return format == DisclosureFormat.JSON ? json(header, items, records, withheld) : csv(items, records, withheld);
  }

  static String json(String header, List<ProfileItems.Item> items, List<RecordView> records, List<Withholding> withheld) {
    StringBuilder b = new StringBuilder(256 + items.size() * 64);
    b.append("{").append(header).append(",\"items\":[");
    for (int i = 0; i < items.size(); i++) {
      ProfileItems.Item it = items.get(i);
      b.append(i == 0 ? "" : ",").append("{\"section\":").append(q(it.section())).append(",\"item\":")
          .append(q(it.item())).append(",\"value\":").append(q(it.value())).append('}');
    }
    b.append("],\"records\":[");
    for (int i = 0; i < records.size(); i++) {
      RecordView r = records.get(i);
      b.append(i == 0 ? "" : ",").append("{\"recordId\":").append(q(r.recordId())).append(",\"article\":")
          .append(q(r.article())).append(",\"retainUntil\":").append(q(r.retainUntil().toString())).append(",\"fields\":{");
      int j = 0;
      for (Map.Entry<String, String> e : r.fields().entrySet()) {
        b.append(j++ == 0 ? "" : ",").append(q(e.getKey())).append(':').append(q(e.getValue()));
      }
      b.append("}}");
    }
    b.append("],\"withheld\":[");
    for (int i = 0; i < withheld.size(); i++) {
      Withholding w = withheld.get(i);
      b.append(i == 0 ? "" : ",").append("{\"item\":").append(q(w.itemPrefix())).append(",\"article\":")
          .append(q(w.ground().article())).append(",\"explanation\":").append(q(w.explanation())).append('}');
    }
    return b.append("]}").toString();
  }

  static String csv(List<ProfileItems.Item> items, List<RecordView> records, List<Withholding> withheld) {
    StringBuilder b = new StringBuilder("section,item,value\r\n");
    for (ProfileItems.Item it : items) {
      row(b, it.section(), it.item(), it.value());
    }
    for (RecordView r : records) {
      row(b, "record", r.recordId() + ".article", r.article());
      row(b, "record", r.recordId() + ".retainUntil", r.retainUntil().toString());
      for (Map.Entry<String, String> e : r.fields().entrySet()) {
        row(b, "record", r.recordId() + "." + e.getKey(), e.getValue());
      }
    }
    for (Withholding w : withheld) {
      row(b, "withheld", w.itemPrefix(), w.ground().article() + ": " + w.explanation());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String a, String c, String d) {
    b.append(cell(a)).append(',').append(cell(c)).append(',').append(cell(d)).append("\r\n");
  }

  /** RFC 4180: quote a cell holding a comma, quote, CR or LF, doubling quotes. */
  static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** A JSON string literal (RFC 8259), escaping quotes, backslashes and control characters. */
  static String q(String s) {
    return org.alumnisdk.core.text.JsonText.quote(s);
  }
}
