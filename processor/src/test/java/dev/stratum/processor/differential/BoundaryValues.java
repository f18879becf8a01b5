package dev.stratum.processor.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.MinguoDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Seeded values for the differential test, most of them on or next to a bound the corpus uses: min−1/min/min+1,
 * overflow, scale and precision edges, empty and blank text, odd Unicode, dates and instants around the clock's now.
 */
final class BoundaryValues {

    private static final List<Long> LONGS = List.of(
            Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, (long) Integer.MIN_VALUE,
            Integer.MIN_VALUE - 1L, (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, -11L, -10L, -9L, -4L, -3L, -2L,
            -1L, 0L, 1L, 2L, 6L, 7L, 8L, 9L, 10L, 99L, 100L, 999L, 1000L, 1001L, 9999L, 10000L, 99999L);
    private static final List<String> DECIMALS = List.of(
            "0", "-0", "0.0000", "0E-10", "0E+3", "0.5", "0.50", "0.4999999", "0.5000001", "-10.25", "-10.250",
            "-10.2500001", "-10.2499999", "1E+3", "1.000E+3", "999.999", "1E+2", "999.99", "999.990", "999.991", "1000",
            "0.0001", "0.00010", "0.00001", "0.001", "0.005", "0.0049", "7", "7.0", "6.9999999", "7.0000001", "-3",
            "-3.0", "-3.0000001", "-2.9999999", "99", "99.5", "100", "9.9", "12.3", "1234.5", "12345.6",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649",
            "12345678901234567890.123456789", "1E-20", "-1E-20", "1E+20");
    private static final List<String> TEXTS = List.of(
            "", " ", "  ", "\t", "\n", "\u000B", "\u001F", "\u0000", "\u007F", "\u00A0", "\u2003", "\u3000", "\u2028",
            "a", "ab", "abc", "abcd", "abcde", "abcdef", "ABC", "aBc", "a c", "a\nc", "a\nb", "b\na", "\u00E9\u00E9",
            "\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00", "a\uD83D\uDE00", "ab ", " ab", "ABC\u0130", "\u212Abc", "\u0131",
            "a@b", "a@example.org", "A@EXAMPLE.ORG", "x.y@example.org", "a@@b", ".a@b", "a.@b", "a..b@c", "a b@c",
            "\"a b\"@c", "a@b.", "a@-b", "a@b-", "x@[127.0.0.1]", "x@[IPv6:::1]", "@b", "a@", "\u00FC@\u00E9.de",
            "very.long.local.part.with.many.dots@sub.domain.example.org", "a@b.c.d.e.f.g");
    private static final String ALPHABET = "abcABC xyz.@-\t\n\u00E9\u0130\u212A\u00A0\u2003";
    private static final List<Duration> NEAR = List.of(
            Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1), Duration.ofMillis(1), Duration.ofMillis(-1),
            Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofHours(5), Duration.ofHours(-5),
            Duration.ofDays(1), Duration.ofDays(-1), Duration.ofDays(400), Duration.ofDays(-400));

    private static final List<Double> DOUBLES = List.of(
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 0.5, 0.49999999999999994, 7.000000000000001,
            6.999999999999999, -3.0000000000000004, -10.25, 1e-20, 1e20, 1e300, 32767.0, 32768.0, -32769.0);
    /** Integers beyond a long and at its edges, for BigInteger. */
    private static final List<String> BIG_INTEGERS = List.of(
            "9223372036854775808", "-9223372036854775809", "9223372036854775807", "-9223372036854775808",
            "18446744073709551616", "18446744073709551615", "-18446744073709551616", "100000000000000000000",
            "99999999999999999999", "-15000000000000000000", "-15000000000000000001", "-14999999999999999999",
            "1267650600228229401496703205376", "-1267650600228229401496703205376");
    /**
     * Numbers as text, spelled as {@code new BigDecimal(text)} accepts them and as it does not: signs, exponents,
     * spaces, separators, words, digits of other scripts (which it reads), supplementary digits (which it does not).
     */
    private static final List<String> NUMERIC_TEXTS = List.of(
            "", " ", "0", "-0", "+0", "-0.0", "+1", "-1", "1e3", "1E3", "1E+3", "1e-3", "-1e+3", "1.5e2", ".5", "5.",
            "-.5", "+.5e-2", "1e", "e1", "1e+", "1.2.3", "--1", "+-1", " 1", "1 ", "1\n", "\u00A01", "1_000", "1,5",
            "1 000", "0x10", "NaN", "Infinity", "-Infinity", "abc", "١٢٣", "٩٩", "٠.٥", "１２", "۱.۵", "१०००",
            "\uD835\uDFCF", "1e2147483647", "1e-2147483648", "1e2147483648", "0E-10", "0.000", "99.995", "99.99",
            "100", "-100.001", "999.99", "000123.4500", "00", "1E+20", "9223372036854775808");
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Pago_Pago"), ZoneOffset.ofHoursMinutes(5, 45));
    private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHours(-8), ZoneOffset.ofHours(14));

    private final RandomGenerator random;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;

    BoundaryValues(RandomGenerator random, Clock clock) {
        this.random = random;
        this.now = clock.instant();
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
    }

    /** A value of the Java type as the corpus spells it; {@code null} for one in ten of the reference types. */
    Object of(String type) {
        boolean primitive = Character.isLowerCase(type.charAt(0)) && !type.contains(".");
        if (!primitive && absent()) {
            return null;
        }
        return switch (type) {
            case "short", "Short" -> shortValue();
            case "byte", "Byte" -> byteValue();
            case "java.math.BigInteger" -> bigInteger();
            case Corpus.NUMERIC_TEXT -> numericText();
            case "java.time.OffsetTime" -> OffsetTime.ofInstant(near(), OFFSETS.get(random.nextInt(OFFSETS.size())));
            case "java.time.ZonedDateTime" -> near().atZone(ZONES.get(random.nextInt(ZONES.size())));
            case "java.time.MonthDay" -> MonthDay.from(nearDay());
            case "java.time.Year" -> random.nextInt(16) == 0 ? Year.of(random.nextBoolean() ? Year.MIN_VALUE
                    : Year.MAX_VALUE) : Year.from(nearDay());
            case "java.time.YearMonth" -> YearMonth.from(nearDay());
            case "java.time.chrono.HijrahDate" -> HijrahDate.from(nearDay());
            case "java.time.chrono.JapaneseDate" -> JapaneseDate.from(nearDay());
            case "java.time.chrono.MinguoDate" -> MinguoDate.from(nearDay());
            case "java.time.chrono.ThaiBuddhistDate" -> ThaiBuddhistDate.from(nearDay());
            case "java.util.Date" -> Date.from(near());
            case "java.util.Calendar" -> calendar();
            case "int", "Integer" -> (int) longValue();
            case "double", "Double" -> doubleValue();
            case "float", "Float" -> (float) doubleValue();
            case "java.time.LocalTime" -> now.atZone(zone).toLocalTime().plus(NEAR.get(random.nextInt(NEAR.size())));
            case "java.time.LocalDateTime" -> now.atZone(zone).toLocalDateTime()
                    .plus(NEAR.get(random.nextInt(NEAR.size())));
            case "java.time.OffsetDateTime" -> now.plus(NEAR.get(random.nextInt(NEAR.size())))
                    .atOffset(OFFSETS.get(random.nextInt(OFFSETS.size())));
            case "long", "Long" -> longValue();
            case "java.math.BigDecimal" -> decimal();
            case "String" -> text();
            case "java.time.LocalDate" -> today.plusDays(random.nextInt(-3, 4) * (random.nextInt(8) == 0 ? 400L : 1L));
            case "java.time.Instant" -> now.plus(NEAR.get(random.nextInt(NEAR.size())));
            case "boolean", "Boolean" -> random.nextBoolean();
            case "java.util.UUID" -> new UUID(random.nextLong(), random.nextLong());
            case "java.time.DayOfWeek" -> DayOfWeek.of(random.nextInt(1, 8));
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** A container's size: mostly around the corpus bounds (0 to 4), sometimes a little more. */
    int size() {
        return random.nextInt(8) == 0 ? random.nextInt(5, 8) : random.nextInt(5);
    }

    /** Whether a reference value should be left out: one time in ten. */
    boolean absent() {
        return random.nextInt(10) == 0;
    }

    /** An instant near the clock's now, by one of the {@link #NEAR} distances. */
    private Instant near() {
        return now.plus(NEAR.get(random.nextInt(NEAR.size())));
    }

    /** A day near the clock's today in its zone: the days around it, around the UTC date, and a year or more off. */
    private LocalDate nearDay() {
        return switch (random.nextInt(4)) {
            case 0 -> now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(random.nextInt(-1, 2));
            case 1 -> today.plusMonths(random.nextInt(-13, 14));
            default -> today.plusDays(random.nextInt(-3, 4) * (random.nextInt(8) == 0 ? 400L : 1L));
        };
    }

    /** A calendar at an instant near now, in one of the {@link #ZONES}. */
    private Calendar calendar() {
        var calendar = new GregorianCalendar(TimeZone.getTimeZone(ZONES.get(random.nextInt(ZONES.size()))));
        calendar.setTimeInMillis(near().toEpochMilli());
        return calendar;
    }

    private byte byteValue() {
        return switch (random.nextInt(3)) {
            case 0 -> (byte) random.nextInt(Byte.MIN_VALUE, Byte.MAX_VALUE + 1);
            case 1 -> (byte) random.nextInt(-12, 13);
            default -> List.of(Byte.MIN_VALUE, (byte) -127, Byte.MAX_VALUE, (byte) 126, (byte) 99, (byte) 100)
                    .get(random.nextInt(6));
        };
    }

    private BigInteger bigInteger() {
        return switch (random.nextInt(4)) {
            case 0 -> new BigInteger(BIG_INTEGERS.get(random.nextInt(BIG_INTEGERS.size())));
            case 1 -> new BigInteger(random.nextInt(1, 100), new java.util.Random(random.nextLong())).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            default -> BigInteger.valueOf(longValue());
        };
    }

    /** Numbers spelled as text: the odd spellings, every decimal in its spellings, and now and then any text. */
    private String numericText() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> NUMERIC_TEXTS.get(random.nextInt(NUMERIC_TEXTS.size()));
            case 2 -> decimal().toString();
            case 3 -> decimal().toPlainString();
            case 4 -> decimal().toEngineeringString();
            default -> random.nextBoolean() ? Long.toString(longValue()) : text();
        };
    }

    private short shortValue() {
        return switch (random.nextInt(3)) {
            case 0 -> (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
            case 1 -> (short) random.nextInt(-12, 13);
            default -> random.nextBoolean() ? Short.MIN_VALUE : Short.MAX_VALUE;
        };
    }

    private double doubleValue() {
        return switch (random.nextInt(5)) {
            case 0 -> DOUBLES.get(random.nextInt(DOUBLES.size()));
            case 1 -> Double.parseDouble(DECIMALS.get(random.nextInt(DECIMALS.size())));
            case 2 -> random.nextGaussian() * 1000;
            case 3 -> Double.longBitsToDouble(random.nextLong());
            default -> (double) longValue();
        };
    }

    private long longValue() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextLong(-1000, 1001);
            default -> LONGS.get(random.nextInt(LONGS.size()));
        };
    }

    private BigDecimal decimal() {
        return switch (random.nextInt(4)) {
            case 0 -> new BigDecimal(BigInteger.valueOf(random.nextLong(-100_000, 100_001)), random.nextInt(-3, 7));
            case 1 -> new BigDecimal(DECIMALS.get(random.nextInt(DECIMALS.size())))
                    .setScale(random.nextInt(0, 8), java.math.RoundingMode.HALF_EVEN);
            default -> new BigDecimal(DECIMALS.get(random.nextInt(DECIMALS.size())));
        };
    }

    private String text() {
        if (random.nextInt(3) > 0) {
            return TEXTS.get(random.nextInt(TEXTS.size()));
        }
        var text = new StringBuilder();
        for (int length = random.nextInt(8); length > 0; length--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
