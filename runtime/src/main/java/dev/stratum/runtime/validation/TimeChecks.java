package dev.stratum.runtime.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.MinguoDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Calendar;
import java.util.Date;

/**
 * The predicates generated validators call for {@code @Past}, {@code @PastOrPresent}, {@code @Future} and
 * {@code @FutureOrPresent} on every type the specification lists, comparing with "now" read from the validator's
 * clock. Each returns {@code true} when the value is valid; {@code null} always is.
 */
public final class TimeChecks {

    private TimeChecks() {
    }

    /** {@code @Past}: before today in the clock's zone. */
    public static boolean past(LocalDate value, Clock clock) {
        return value == null || value.isBefore(LocalDate.now(clock));
    }

    /** {@code @Past}: before the clock's current instant. */
    public static boolean past(Instant value, Clock clock) {
        return value == null || value.isBefore(clock.instant());
    }

    /** {@code @PastOrPresent}: today or before, in the clock's zone. */
    public static boolean pastOrPresent(LocalDate value, Clock clock) {
        return value == null || !value.isAfter(LocalDate.now(clock));
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(Instant value, Clock clock) {
        return value == null || !value.isAfter(clock.instant());
    }

    /** {@code @Future}: after today in the clock's zone. */
    public static boolean future(LocalDate value, Clock clock) {
        return value == null || value.isAfter(LocalDate.now(clock));
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(Instant value, Clock clock) {
        return value == null || value.isAfter(clock.instant());
    }

    /** {@code @FutureOrPresent}: today or later, in the clock's zone. */
    public static boolean futureOrPresent(LocalDate value, Clock clock) {
        return value == null || !value.isBefore(LocalDate.now(clock));
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(Instant value, Clock clock) {
        return value == null || !value.isBefore(clock.instant());
    }

    /** {@code @Past}: before the clock's current date-time in its zone. */
    public static boolean past(LocalDateTime value, Clock clock) {
        return value == null || value.isBefore(LocalDateTime.now(clock));
    }

    /** {@code @Past}: before the clock's current instant, compared like {@link OffsetDateTime#compareTo}. */
    public static boolean past(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current time of day in its zone. */
    public static boolean past(LocalTime value, Clock clock) {
        return value == null || value.isBefore(LocalTime.now(clock));
    }

    /** {@code @PastOrPresent}: not after the clock's current date-time in its zone. */
    public static boolean pastOrPresent(LocalDateTime value, Clock clock) {
        return value == null || !value.isAfter(LocalDateTime.now(clock));
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current time of day in its zone. */
    public static boolean pastOrPresent(LocalTime value, Clock clock) {
        return value == null || !value.isAfter(LocalTime.now(clock));
    }

    /** {@code @Future}: after the clock's current date-time in its zone. */
    public static boolean future(LocalDateTime value, Clock clock) {
        return value == null || value.isAfter(LocalDateTime.now(clock));
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current time of day in its zone. */
    public static boolean future(LocalTime value, Clock clock) {
        return value == null || value.isAfter(LocalTime.now(clock));
    }

    /** {@code @FutureOrPresent}: not before the clock's current date-time in its zone. */
    public static boolean futureOrPresent(LocalDateTime value, Clock clock) {
        return value == null || !value.isBefore(LocalDateTime.now(clock));
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current time of day in its zone. */
    public static boolean futureOrPresent(LocalTime value, Clock clock) {
        return value == null || !value.isBefore(LocalTime.now(clock));
    }

    // The other types the specification lists compare with "now" as the reference implementation computes it from its
    // clock: Type.now(clock) for java.time types, the clock's instant for Date (by getTime(), so a java.sql.Date works
    // too) and Calendar.

    /** {@code @Past}: before the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean past(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean past(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current day of the year in its zone. */
    public static boolean past(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current year in its zone. */
    public static boolean past(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current month in its zone. */
    public static boolean past(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current instant. */
    public static boolean past(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) < 0;
    }

    /** {@code @Past}: before the clock's current instant. */
    public static boolean past(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) < 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean pastOrPresent(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean pastOrPresent(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current day of the year in its zone. */
    public static boolean pastOrPresent(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current year in its zone. */
    public static boolean pastOrPresent(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current month in its zone. */
    public static boolean pastOrPresent(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) <= 0;
    }

    /** {@code @Future}: after the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean future(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean future(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current day of the year in its zone. */
    public static boolean future(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current year in its zone. */
    public static boolean future(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current month in its zone. */
    public static boolean future(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) > 0;
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) > 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean futureOrPresent(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean futureOrPresent(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current day of the year in its zone. */
    public static boolean futureOrPresent(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current year in its zone. */
    public static boolean futureOrPresent(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current month in its zone. */
    public static boolean futureOrPresent(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) >= 0;
    }
}
