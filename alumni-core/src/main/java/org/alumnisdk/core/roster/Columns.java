package org.alumnisdk.core.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.text.TextNormalizer;

/** Column names, Japanese header aliases and value vocabularies. Package-private. */
final class Columns {
  private Columns() {}

  static final List<String> ALL = List.of("employee_id", "family_name", "given_name", "family_name_kana",
      "given_name_kana", "email", "email_verified", "phone", "phone_verified", "department", "job_title",
      "job_family", "grade_code", "grade_level", "work_country", "work_region", "start_date", "end_date",
      "departure_type", "reason_category", "rehire_eligibility", "rehire_reason", "skills", "languages");

  static final Set<String> REQUIRED = Set.of("employee_id", "family_name", "given_name", "department",
      "job_title", "job_family", "grade_code", "grade_level", "start_date", "end_date", "departure_type",
      "rehire_eligibility");

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("社員番号", "employee_id"), Map.entry("従業員番号", "employee_id"),
      Map.entry("姓", "family_name"), Map.entry("名", "given_name"),
      Map.entry("セイ", "family_name_kana"), Map.entry("メイ", "given_name_kana"),
      Map.entry("メールアドレス", "email"), Map.entry("電話番号", "phone"),
      Map.entry("部署", "department"), Map.entry("役職", "job_title"), Map.entry("職種", "job_family"),
      Map.entry("等級", "grade_code"), Map.entry("等級レベル", "grade_level"),
      Map.entry("勤務国", "work_country"), Map.entry("勤務地", "work_region"),
      Map.entry("入社日", "start_date"), Map.entry("退職日", "end_date"),
      Map.entry("退職区分", "departure_type"), Map.entry("退職理由区分", "reason_category"),
      Map.entry("再雇用可否", "rehire_eligibility"), Map.entry("再雇用可否理由", "rehire_reason"),
      Map.entry("スキル", "skills"), Map.entry("言語", "languages"));

  /** The canonical column for a header cell, or null if unknown. */
  static String canonical(String header) {
    String h = TextNormalizer.standard().apply(header).replace(' ', '_').replace('-', '_');
    if (ALL.contains(h)) {
      return h;
    }
    return ALIASES.get(TextNormalizer.standard().apply(header));
  }

  static final Map<String, String> DEPARTURE_TYPES = Map.of(
      "自己都合", "VOLUNTARY", "会社都合", "INVOLUNTARY", "定年", "RETIREMENT", "定年退職", "RETIREMENT",
      "契約満了", "CONTRACT_END", "転籍", "TRANSFER_TO_GROUP_COMPANY");

  static final Map<String, String> REHIRE = Map.of("可", "ELIGIBLE", "不可", "INELIGIBLE", "要確認", "NEEDS_REVIEW");

  /** camelCase record component name to snake_case column name. */
  static String column(String component) {
    StringBuilder sb = new StringBuilder();
    for (char c : component.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
