package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A fiscal-year calendar: the month and day the year starts on, in a time zone. Fiscal year
 * {@code N} starts on that day of calendar year {@code N} (Japanese convention: FY2026 = 1 April
 * 2026 to 31 March 2027).
 *
 * @param start the first day of the fiscal year; 29 February is not allowed
 * @param zone the zone in which days start
 * @since 0.1.0
 */
public record FiscalYear(MonthDay start, ZoneId zone) {
  /**
   * Validates the calendar.
   *
   * @param start the first day of the fiscal year; 29 February is not allowed
   * @param zone the zone in which days start
   * @throws InvalidValueException if a field is missing or the start is 29 February
   */
  public FiscalYear {
    Checks.notNull(start, "fiscalYear.start");
    Checks.notNull(zone, "fiscalYear.zone");
    if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
      throw new InvalidValueException("fiscalYear.start", "must not be 29 February");
    }
  }

  /**
   * The Japanese default: April to March, Asia/Tokyo.
   *
   * @return the calendar
   */
  public static FiscalYear japanese() {
    return new FiscalYear(MonthDay.of(4, 1), ZoneId.of("Asia/Tokyo"));
  }

  /**
   * The calendar year in a zone (January to December).
   *
   * @param zone the zone
   * @return the calendar
   */
  public static FiscalYear calendar(ZoneId zone) {
    return new FiscalYear(MonthDay.of(1, 1), zone);
  }

  /**
   * Fiscal year {@code year} as a window.
   *
   * @param year the fiscal year number (the calendar year it starts in)
   * @return the window labelled {@code FY<year>}
   */
  public Window year(int year) {
    LocalDate s = start.atYear(year);
    Instant from = s.atStartOfDay(zone).toInstant();
    Instant to = s.plusYears(1).atStartOfDay(zone).toInstant();
    return new Window(from, to, "FY" + year);
  }

  /**
   * The fiscal year number containing an instant.
   *
   * @param at the instant
   * @return the year number
   */
  public int yearOf(Instant at) {
    Checks.notNull(at, "at");
    return yearOf(LocalDate.ofInstant(at, zone));
  }

  /**
   * The fiscal year number containing a date.
   *
   * @param date the date
   * @return the year number
   */
  public int yearOf(LocalDate date) {
    Checks.notNull(date, "date");
    return date.isBefore(start.atYear(date.getYear())) ? date.getYear() - 1 : date.getYear();
  }

  /**
   * The fiscal year containing an instant.
   *
   * @param at the instant
   * @return the window
   */
  public Window containing(Instant at) {
    return year(yearOf(at));
  }
}
