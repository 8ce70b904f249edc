package org.alumnisdk.core.validation;

import java.util.Map;

/** English and Japanese messages per constraint code, with {attribute} placeholders. No EL. */
final class Messages {
  private Messages() {}

  private static final Map<String, String[]> TABLE = Map.ofEntries(
      Map.entry("NotNull", new String[] {"must not be missing", "入力が必要です"}),
      Map.entry("NotBlank", new String[] {"must not be blank", "空欄にはできません"}),
      Map.entry("NotEmpty", new String[] {"must not be empty", "空にはできません"}),
      Map.entry("Size", new String[] {"size must be between {min} and {max}", "長さ・件数は{min}以上{max}以下にしてください"}),
      Map.entry("Pattern", new String[] {"does not have the expected format", "形式が正しくありません"}),
      Map.entry("Email", new String[] {"must be a well-formed e-mail address", "メールアドレスの形式が正しくありません"}),
      Map.entry("Min", new String[] {"must be at least {value}", "{value}以上にしてください"}),
      Map.entry("Max", new String[] {"must be at most {value}", "{value}以下にしてください"}),
      Map.entry("Positive", new String[] {"must be greater than 0", "0より大きい値にしてください"}),
      Map.entry("PositiveOrZero", new String[] {"must be 0 or more", "0以上にしてください"}),
      Map.entry("Katakana", new String[] {"must be written in katakana", "カタカナで入力してください"}));

  static String[] of(String code, Map<String, Object> attributes, String fallbackEn) {
    String[] t = TABLE.get(code);
    if (t == null) {
      String en = fallbackEn == null || fallbackEn.isBlank() ? "is invalid" : fallbackEn;
      return new String[] {en, "値が不正です (" + code + ")"};
    }
    return new String[] {fill(t[0], attributes), fill(t[1], attributes)};
  }

  static String fill(String template, Map<String, Object> attributes) {
    String out = template;
    for (Map.Entry<String, Object> e : attributes.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
    }
    return out;
  }
}
