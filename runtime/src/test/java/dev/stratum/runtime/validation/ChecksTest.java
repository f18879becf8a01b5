package dev.stratum.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.JapaneseDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Calendar;
import java.util.Date;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @Nested
    class Strings {

        @Test
        void notBlankNeedsACharacterOtherThanWhiteSpace() {
            assertThat(Checks.notBlank(null)).isFalse();
            assertThat(Checks.notBlank("")).isFalse();
            assertThat(Checks.notBlank(" \t\n\r\u000B\u001F\u2003\u3000")).isFalse();
            assertThat(Checks.notBlank("  x ")).isTrue();
            // A no-break space is not white space to Character.isWhitespace, nor to the reference implementation.
            assertThat(Checks.notBlank("\u00A0")).isTrue();
            assertThat(Checks.notBlank(new StringBuilder("ok"))).isTrue();
        }

        @Test
        void notEmptyNeedsOneCharacter() {
            assertThat(Checks.notEmpty((String) null)).isFalse();
            assertThat(Checks.notEmpty("")).isFalse();
            assertThat(Checks.notEmpty(" ")).isTrue();
        }

        @Test
        void sizeIncludesBothBounds() {
            assertThat(Checks.size((String) null, 2, 4)).isTrue();
            assertThat(Checks.size("a", 2, 4)).isFalse();
            assertThat(Checks.size("ab", 2, 4)).isTrue();
            assertThat(Checks.size("abcd", 2, 4)).isTrue();
            assertThat(Checks.size("abcde", 2, 4)).isFalse();
            assertThat(Checks.size("", 0, 0)).isTrue();
        }

        @Test
        void sizeCountsUtf16Characters() {
            String twoCharsOneCodePoint = "\uD83D\uDE00";
            assertThat(Checks.size(twoCharsOneCodePoint, 0, 1)).isFalse();
            assertThat(Checks.size(twoCharsOneCodePoint, 2, 2)).isTrue();
        }

        @Test
        void matchesTheWholeValue() {
            Pattern code = Pattern.compile("[A-Z]{3}");
            assertThat(Checks.matches(null, code)).isTrue();
            assertThat(Checks.matches("ABC", code)).isTrue();
            assertThat(Checks.matches("xABCx", code)).isFalse();
            assertThat(Checks.matches("abc", code)).isFalse();
            assertThat(Checks.matches("abc", Pattern.compile("[A-Z]{3}", Pattern.CASE_INSENSITIVE))).isTrue();
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest
        @ValueSource(strings = {
            "", "a@b", "jane.doe@example.com", "o'brien+tag@example.co.uk", "\"john doe\"@example.com",
            "\"a@b\"@example.com", "\"quote\\\"inside\"@example.com", "user@[192.168.0.1]", "user@[999.1.1.1]",
            "user@[IPv6:2001:db8::1]", "user@[ipv6:1:2:3:4:5:6:7:8]", "user@[IPv6:::]", "user@[IPv6:1:2:3:4:5:6:7::]",
            "user@[IPv6:::ffff:10.0.0.1]", "user@[IPv6:1:2::10.0.0.1]", "user@[IPv6:fe80::1%eth0]", "jörg@bücher.de",
            "a@my-host--name.example", "a@x_y.example"
        })
        void acceptsWellFormedAddresses(String address) {
            assertThat(Checks.email(address)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "plain", "@example.com", "a@", "a@example.com.", "a@.example.com", "a@example..com", ".a@example.com",
            "a.@example.com", "a..b@example.com", "a b@example.com", "a@-host.example", "a@host-.example",
            "a@exa mple.com", "\"unclosed@example.com", "a@[1.2.3]", "user@[IPv6:1:2:3:4:5:6:7:8:9]",
            "user@[IPv6:1::2::3]", "user@[IPv6:1:2:3:4:5:6:7::8]", "user@[IPv6:12345::]", "user@[IPv6:::256.0.0.1]",
            "user@[IPv6:1:2:3:4:5:6:1.2.3.4]", "smile\uD83D\uDE00@example.com"
        })
        void refusesMalformedAddresses(String address) {
            assertThat(Checks.email(address)).isFalse();
        }

        @Test
        void nullIsValid() {
            assertThat(Checks.email(null)).isTrue();
            assertThat(Checks.email(null, Pattern.compile("x"))).isTrue();
        }

        @Test
        void localPartHasAtMost64Characters() {
            assertThat(Checks.email("a".repeat(64) + "@example.com")).isTrue();
            assertThat(Checks.email("a".repeat(65) + "@example.com")).isFalse();
        }

        @Test
        void labelHasAtMost63Characters() {
            assertThat(Checks.email("a@" + "b".repeat(63) + ".com")).isTrue();
            assertThat(Checks.email("a@" + "b".repeat(64) + ".com")).isFalse();
        }

        @Test
        void domainHasAtMost255CharactersAfterPunycode() {
            String label = "b".repeat(63);
            String domain255 = String.join(".", label, label, label, "c".repeat(61), "d");
            String domain256 = String.join(".", label, label, label, "c".repeat(62), "d");
            assertThat(domain255).hasSize(255);
            assertThat(Checks.email("a@" + domain255)).isTrue();
            assertThat(Checks.email("a@" + domain256)).isFalse();
            // 62 characters here, but "xn--" and the encoding make the label longer than 63 once converted.
            assertThat(Checks.email("a@" + "ü".repeat(62) + ".de")).isFalse();
        }

        @Test
        void extraPatternMustMatchTheWholeAddressToo() {
            Pattern clinic = Pattern.compile(".+@clinic\\.example", Pattern.CASE_INSENSITIVE);
            assertThat(Checks.email("vet@CLINIC.example", clinic)).isTrue();
            assertThat(Checks.email("vet@other.example", clinic)).isFalse();
            assertThat(Checks.email("not an address@clinic.example", clinic)).isFalse();
        }
    }

    @Nested
    class Numbers {

        @Test
        void minAndMaxIncludeTheBound() {
            assertThat(NumberChecks.min((Integer) null, 1)).isTrue();
            assertThat(NumberChecks.min(0, 1)).isFalse();
            assertThat(NumberChecks.min(1, 1)).isTrue();
            assertThat(NumberChecks.min(Long.MIN_VALUE, Long.MIN_VALUE)).isTrue();
            assertThat(NumberChecks.min(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isFalse();
            assertThat(NumberChecks.min(new BigDecimal("0.999"), 1)).isFalse();
            assertThat(NumberChecks.min(new BigDecimal("1.000"), 1)).isTrue();

            assertThat(NumberChecks.max((Long) null, 10)).isTrue();
            assertThat(NumberChecks.max(10, 10)).isTrue();
            assertThat(NumberChecks.max(11, 10)).isFalse();
            assertThat(NumberChecks.max(11L, 10)).isFalse();
            assertThat(NumberChecks.max(new BigDecimal("10.0001"), 10)).isFalse();
            assertThat(NumberChecks.max(new BigDecimal("1E+1"), 10)).isTrue();
        }

        @Test
        void decimalBoundsAreInclusiveOrExclusive() {
            BigDecimal half = new BigDecimal("0.5");
            assertThat(NumberChecks.decimalMin(new BigDecimal("0.50"), half, true)).isTrue();
            assertThat(NumberChecks.decimalMin(new BigDecimal("0.50"), half, false)).isFalse();
            assertThat(NumberChecks.decimalMin(new BigDecimal("0.49"), half, true)).isFalse();
            assertThat(NumberChecks.decimalMin(1, half, false)).isTrue();
            assertThat(NumberChecks.decimalMin(0L, half, true)).isFalse();
            assertThat(NumberChecks.decimalMin((Integer) null, half, false)).isTrue();

            assertThat(NumberChecks.decimalMax(new BigDecimal("0.5"), half, true)).isTrue();
            assertThat(NumberChecks.decimalMax(new BigDecimal("0.5"), half, false)).isFalse();
            assertThat(NumberChecks.decimalMax(0, half, false)).isTrue();
            assertThat(NumberChecks.decimalMax(1L, half, true)).isFalse();
            assertThat(NumberChecks.decimalMax((BigDecimal) null, half, true)).isTrue();
        }

        @Test
        void signChecksTreatZeroByName() {
            assertThat(NumberChecks.positive(1)).isTrue();
            assertThat(NumberChecks.positive(0L)).isFalse();
            assertThat(NumberChecks.positive(new BigDecimal("0.00"))).isFalse();
            assertThat(NumberChecks.positiveOrZero(0)).isTrue();
            assertThat(NumberChecks.positiveOrZero(-1L)).isFalse();
            assertThat(NumberChecks.positiveOrZero(new BigDecimal("-0.01"))).isFalse();
            assertThat(NumberChecks.negative(-1)).isTrue();
            assertThat(NumberChecks.negative(0L)).isFalse();
            assertThat(NumberChecks.negative(new BigDecimal("-0.01"))).isTrue();
            assertThat(NumberChecks.negativeOrZero(0)).isTrue();
            assertThat(NumberChecks.negativeOrZero(1L)).isFalse();
            assertThat(NumberChecks.negativeOrZero(new BigDecimal("0.0"))).isTrue();
        }

        @Test
        void signChecksAcceptNull() {
            assertThat(NumberChecks.positive((Integer) null)).isTrue();
            assertThat(NumberChecks.positiveOrZero((Long) null)).isTrue();
            assertThat(NumberChecks.negative((BigDecimal) null)).isTrue();
            assertThat(NumberChecks.negativeOrZero((Integer) null)).isTrue();
        }

        @Test
        void floatingPointFollowsTheReferenceImplementation() {
            assertThat(NumberChecks.min(Double.NaN, -100)).isFalse();
            assertThat(NumberChecks.max(Double.NaN, 100)).isFalse();
            assertThat(NumberChecks.positive(Double.NaN)).isFalse();
            assertThat(NumberChecks.negativeOrZero(Double.NaN)).isFalse();
            assertThat(NumberChecks.positiveOrZero(-0.0)).isFalse();
            assertThat(NumberChecks.negative(-0.0)).isTrue();
            assertThat(NumberChecks.min(-0.0, 0)).isFalse();
            assertThat(NumberChecks.max(0.0f, 0)).isTrue();
            assertThat(NumberChecks.negativeOrZero(-0.0f)).isTrue();
            assertThat(NumberChecks.min(Double.POSITIVE_INFINITY, Long.MAX_VALUE)).isTrue();
            assertThat(NumberChecks.decimalMax(Double.POSITIVE_INFINITY, new BigDecimal("1E+300"), true)).isFalse();
            assertThat(NumberChecks.decimalMin(Double.NEGATIVE_INFINITY, new BigDecimal("-1E+300"), true)).isFalse();
            assertThat(NumberChecks.decimalMax(0.1, new BigDecimal("0.1"), true)).isTrue();
            // a float is widened to a double first: 0.1f is 0.100000001490116...
            assertThat(NumberChecks.decimalMax(0.1f, new BigDecimal("0.1"), true)).isFalse();
            // digits are counted on the shortest spelling, trailing zeros stripped; NaN and infinities fail
            assertThat(NumberChecks.digits(12.5, 2, 1)).isTrue();
            assertThat(NumberChecks.digits(0.1f, 0, 1)).isTrue();
            assertThat(NumberChecks.digits(100.0, 3, 0)).isTrue();
            assertThat(NumberChecks.digits(Double.NaN, 9, 9)).isFalse();
            assertThat(NumberChecks.digits(Double.POSITIVE_INFINITY, 9, 9)).isFalse();
            assertThat(NumberChecks.min((short) -3, -3)).isTrue();
            assertThat(NumberChecks.max(Short.MAX_VALUE, 32766)).isFalse();
        }

        @Test
        void digitsCountsIntegerAndFractionDigits() {
            assertThat(NumberChecks.digits(new BigDecimal("123.45"), 3, 2)).isTrue();
            assertThat(NumberChecks.digits(new BigDecimal("-123.45"), 3, 2)).isTrue();
            assertThat(NumberChecks.digits(new BigDecimal("1234.5"), 3, 2)).isFalse();
            assertThat(NumberChecks.digits(new BigDecimal("12.345"), 3, 2)).isFalse();
            assertThat(NumberChecks.digits(new BigDecimal("0.001"), 0, 3)).isTrue();
            assertThat(NumberChecks.digits(new BigDecimal("1E+3"), 3, 0)).isFalse();
            assertThat(NumberChecks.digits(new BigDecimal("1E+3"), 4, 0)).isTrue();
            assertThat(NumberChecks.digits((BigDecimal) null, 0, 0)).isTrue();
        }

        @Test
        void digitsCountsTheFractionAsWritten() {
            assertThat(NumberChecks.digits(new BigDecimal("1.50"), 1, 1)).isFalse();
            assertThat(NumberChecks.digits(new BigDecimal("1.5"), 1, 1)).isTrue();
        }

        @Test
        void digitsOfIntegersIsTheirLength() {
            assertThat(NumberChecks.digits(999, 3, 0)).isTrue();
            assertThat(NumberChecks.digits(-999, 3, 0)).isTrue();
            assertThat(NumberChecks.digits(1000, 3, 0)).isFalse();
            assertThat(NumberChecks.digits(0, 0, 0)).isFalse();
            assertThat(NumberChecks.digits(Long.MIN_VALUE, 19, 0)).isTrue();
            assertThat(NumberChecks.digits(Long.MIN_VALUE, 18, 5)).isFalse();
            assertThat(NumberChecks.digits((Long) null, 0, 0)).isTrue();
        }
    }

    @Nested
    class Time {

        private final Instant now = Instant.parse("2024-05-10T23:30:00Z");
        private final Clock utc = Clock.fixed(now, ZoneOffset.UTC);

        @Test
        void datesCompareWithTodayInTheClocksZone() {
            LocalDate today = LocalDate.of(2024, 5, 10);
            assertThat(TimeChecks.past(today.minusDays(1), utc)).isTrue();
            assertThat(TimeChecks.past(today, utc)).isFalse();
            assertThat(TimeChecks.pastOrPresent(today, utc)).isTrue();
            assertThat(TimeChecks.pastOrPresent(today.plusDays(1), utc)).isFalse();
            assertThat(TimeChecks.future(today.plusDays(1), utc)).isTrue();
            assertThat(TimeChecks.future(today, utc)).isFalse();
            assertThat(TimeChecks.futureOrPresent(today, utc)).isTrue();
            assertThat(TimeChecks.futureOrPresent(today.minusDays(1), utc)).isFalse();
        }

        @Test
        void todayDependsOnTheZone() {
            Clock kiritimati = Clock.fixed(now, ZoneId.of("Pacific/Kiritimati"));
            LocalDate utcToday = LocalDate.of(2024, 5, 10);
            assertThat(TimeChecks.past(utcToday, utc)).isFalse();
            assertThat(TimeChecks.past(utcToday, kiritimati)).isTrue();
        }

        @Test
        void instantsCompareWithTheClocksInstant() {
            Instant before = now.minusNanos(1);
            Instant after = now.plusNanos(1);
            assertThat(TimeChecks.past(before, utc)).isTrue();
            assertThat(TimeChecks.past(now, utc)).isFalse();
            assertThat(TimeChecks.pastOrPresent(now, utc)).isTrue();
            assertThat(TimeChecks.pastOrPresent(after, utc)).isFalse();
            assertThat(TimeChecks.future(after, utc)).isTrue();
            assertThat(TimeChecks.future(now, utc)).isFalse();
            assertThat(TimeChecks.futureOrPresent(now, utc)).isTrue();
            assertThat(TimeChecks.futureOrPresent(before, utc)).isFalse();
        }

        @Test
        void nullIsValid() {
            assertThat(TimeChecks.past((LocalDate) null, utc)).isTrue();
            assertThat(TimeChecks.pastOrPresent((Instant) null, utc)).isTrue();
            assertThat(TimeChecks.future((LocalDate) null, utc)).isTrue();
            assertThat(TimeChecks.futureOrPresent((Instant) null, utc)).isTrue();
        }
    }

    @Nested
    class AddedTypes {

        private final Clock kiritimati = Clock.fixed(Instant.parse("2024-02-29T20:15:30Z"),
                ZoneId.of("Pacific/Kiritimati"));

        @Test
        void textIsADecimalExactlyWhenBigDecimalReadsIt() {
            BigDecimal thousand = new BigDecimal("1000");
            assertThat(NumberChecks.decimalMin("1e3", thousand, true)).isTrue();
            assertThat(NumberChecks.decimalMin("+1E+3", thousand, true)).isTrue();
            assertThat(NumberChecks.decimalMin("999.99", thousand, true)).isFalse();
            // Digits of other scripts are digits to BigDecimal: Arabic-Indic 123 is 123.
            assertThat(NumberChecks.decimalMax("\u0661\u0662\u0663", new BigDecimal("123"), true)).isTrue();
            assertThat(NumberChecks.decimalMax("\u0661\u0662\u0663", new BigDecimal("123"), false)).isFalse();
            for (String notADecimal : new String[] {"", " 1", "1 ", "1_000", "1,5", "NaN", "0x10", "\uD835\uDFCF"}) {
                assertThat(NumberChecks.decimalMin(notADecimal, BigDecimal.ONE.negate(), true)).as(notADecimal).isFalse();
                assertThat(NumberChecks.decimalMax(notADecimal, thousand, true)).as(notADecimal).isFalse();
                assertThat(NumberChecks.digits(notADecimal, 9, 9)).as(notADecimal).isFalse();
            }
            assertThat(NumberChecks.decimalMin((CharSequence) null, thousand, true)).isTrue();
            assertThat(NumberChecks.digits((CharSequence) null, 0, 0)).isTrue();
        }

        @Test
        void digitsOfTextCountTrailingZerosAsWrittenAndIntegersDoNot() {
            assertThat(NumberChecks.digits("1.50", 1, 1)).isFalse();
            assertThat(NumberChecks.digits("1.5", 1, 1)).isTrue();
            assertThat(NumberChecks.digits("1E+3", 3, 0)).isFalse();
            assertThat(NumberChecks.digits("1E+3", 4, 0)).isTrue();
            assertThat(NumberChecks.digits(new BigInteger("1000"), 4, 0)).isTrue();
            assertThat(NumberChecks.digits(new BigInteger("1000"), 3, 0)).isFalse();
            assertThat(NumberChecks.digits(new BigInteger("-99999999999999999999"), 20, 0)).isTrue();
        }

        @Test
        void bigIntegersCompareBeyondALong() {
            BigInteger aboveLong = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
            assertThat(NumberChecks.max(aboveLong, Long.MAX_VALUE)).isFalse();
            assertThat(NumberChecks.min(aboveLong.negate().subtract(BigInteger.ONE), Long.MIN_VALUE)).isFalse();
            assertThat(NumberChecks.decimalMax(aboveLong, new BigDecimal("9223372036854775808"), false)).isFalse();
            assertThat(NumberChecks.positive(BigInteger.ZERO)).isFalse();
            assertThat(NumberChecks.negativeOrZero(BigInteger.ZERO)).isTrue();
            assertThat(NumberChecks.min((byte) -128, -128)).isTrue();
            assertThat(NumberChecks.max((byte) 127, 126)).isFalse();
        }

        @Test
        void datesOfOtherCalendarsAndPartialTimesCompareWithTheClocksToday() {
            // 2024-02-29T20:15:30Z is 2024-03-01T10:15:30+14:00 in Kiritimati.
            assertThat(TimeChecks.pastOrPresent(MonthDay.of(3, 1), kiritimati)).isTrue();
            assertThat(TimeChecks.past(MonthDay.of(3, 1), kiritimati)).isFalse();
            assertThat(TimeChecks.past(MonthDay.of(2, 29), kiritimati)).isTrue();
            assertThat(TimeChecks.future(YearMonth.of(2024, 3), kiritimati)).isFalse();
            assertThat(TimeChecks.futureOrPresent(YearMonth.of(2024, 3), kiritimati)).isTrue();
            assertThat(TimeChecks.past(Year.of(2023), kiritimati)).isTrue();
            assertThat(TimeChecks.past(ThaiBuddhistDate.from(LocalDate.of(2024, 2, 29)), kiritimati)).isTrue();
            assertThat(TimeChecks.future(JapaneseDate.from(LocalDate.of(2024, 3, 1)), kiritimati)).isFalse();
            // 10:15:30+14:00 is the instant of 20:15:30Z the day before; an OffsetTime compares by that instant.
            assertThat(TimeChecks.future(OffsetTime.of(20, 15, 31, 0, ZoneOffset.UTC), kiritimati)).isTrue();
            assertThat(TimeChecks.past(OffsetTime.of(10, 15, 29, 0, ZoneOffset.ofHours(14)), kiritimati)).isTrue();
        }

        @Test
        void legacyDatesCompareTheirInstantWithTheClocks() {
            Instant now = kiritimati.instant();
            assertThat(TimeChecks.past(Date.from(now.minusMillis(1)), kiritimati)).isTrue();
            assertThat(TimeChecks.past(Date.from(now), kiritimati)).isFalse();
            assertThat(TimeChecks.pastOrPresent(Date.from(now), kiritimati)).isTrue();
            // A java.sql.Date has no toInstant(); its milliseconds still compare.
            assertThat(TimeChecks.future(new java.sql.Date(now.plusSeconds(1).toEpochMilli()), kiritimati)).isTrue();
            var calendar = Calendar.getInstance(java.util.TimeZone.getTimeZone("America/St_Johns"));
            calendar.setTimeInMillis(now.plusMillis(1).toEpochMilli());
            assertThat(TimeChecks.future(calendar, kiritimati)).isTrue();
            assertThat(TimeChecks.pastOrPresent(calendar, kiritimati)).isFalse();
        }
    }
}
