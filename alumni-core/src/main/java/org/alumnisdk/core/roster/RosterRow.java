package org.alumnisdk.core.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.alumnisdk.core.validation.Katakana;

/**
 * One roster row as text, after trimming and kana normalisation, before conversion: the record
 * the row-level Bean Validation constraints are declared on. Personal data: {@link #toString()}
 * prints only the employee id.
 *
 * @param employeeId HRIS employee id ({@code employee_id})
 * @param familyName family name
 * @param givenName given name
 * @param familyNameKana family name reading in katakana (hiragana and half-width are converted)
 * @param givenNameKana given name reading
 * @param email e-mail address, or empty
 * @param emailVerified {@code true}/{@code false}, or empty
 * @param phone phone number, or empty
 * @param phoneVerified {@code true}/{@code false}, or empty
 * @param department department of this tenure
 * @param jobTitle job title of this tenure
 * @param jobFamily job family of this tenure
 * @param gradeCode grade code of this tenure
 * @param gradeLevel seniority level of this tenure, 0 to 99
 * @param workCountry ISO 3166-1 alpha-2 country of work, or empty
 * @param workRegion prefecture or region of work, or empty
 * @param startDate first day of this tenure, {@code yyyy-MM-dd} or {@code yyyy/MM/dd}
 * @param endDate last day of this tenure
 * @param departureType how the person left (enum name, or 自己都合, 会社都合, 定年, 契約満了, 転籍)
 * @param reasonCategory reason category code, or empty
 * @param rehireEligibility ELIGIBLE, INELIGIBLE, NEEDS_REVIEW (or 可, 不可, 要確認)
 * @param rehireReason the reason HR recorded for the eligibility, or empty
 * @param skills {@code skill:PROFICIENCY:years:yyyy-MM} items separated by {@code ;}
 * @param languages {@code tag:LEVEL} items separated by {@code ;}
 * @since 0.1.0
 */
public record RosterRow(
    @NotBlank @Size(max = 64) String employeeId,
    @NotBlank @Size(max = 100) String familyName,
    @NotBlank @Size(max = 100) String givenName,
    @Katakana @Size(max = 100) String familyNameKana,
    @Katakana @Size(max = 100) String givenNameKana,
    @Size(max = 254) String email,
    @Pattern(regexp = BOOL) String emailVerified,
    @Size(max = 32) @Pattern(regexp = "[0-9+()\\- ]*") String phone,
    @Pattern(regexp = BOOL) String phoneVerified,
    @NotBlank @Size(max = 200) String department,
    @NotBlank @Size(max = 200) String jobTitle,
    @NotBlank @Size(max = 100) String jobFamily,
    @NotBlank @Size(max = 32) String gradeCode,
    @NotBlank @Pattern(regexp = "\\d{1,2}") String gradeLevel,
    @Pattern(regexp = "([A-Za-z]{2})?") String workCountry,
    @Size(max = 100) String workRegion,
    @NotBlank @Pattern(regexp = DATE) String startDate,
    @NotBlank @Pattern(regexp = DATE) String endDate,
    @NotBlank String departureType,
    @Size(max = 64) @Pattern(regexp = "[a-z0-9-]*") String reasonCategory,
    @NotBlank String rehireEligibility,
    @Size(max = 500) String rehireReason,
    @Size(max = 4000) String skills,
    @Size(max = 500) String languages) {

  static final String BOOL = "(?i)(|true|false|yes|no|1|0)";
  static final String DATE = "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}";

  /**
   * The person-level columns: equal on every row of the same employee.
   *
   * @return the values, keyed by column name
   */
  Map<String, String> personColumns() {
    return Map.ofEntries(
        Map.entry("family_name", familyName), Map.entry("given_name", givenName),
        Map.entry("family_name_kana", familyNameKana), Map.entry("given_name_kana", givenNameKana),
        Map.entry("email", email), Map.entry("email_verified", emailVerified), Map.entry("phone", phone),
        Map.entry("phone_verified", phoneVerified), Map.entry("departure_type", departureType),
        Map.entry("reason_category", reasonCategory), Map.entry("rehire_eligibility", rehireEligibility),
        Map.entry("rehire_reason", rehireReason), Map.entry("skills", skills), Map.entry("languages", languages));
  }

  @Override
  public String toString() {
    return "RosterRow[employeeId=" + employeeId + "]";
  }
}
