package dev.stratum.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Random values for the differential test, biased towards the edges where implementations tend to differ: bounds,
 * trailing zeros, extreme numbers, unusual characters and near-miss e-mail addresses.
 */
final class Values {

    private static final List<String> TEXT = List.of(
            " ", "\t", "\n", "\u000B", "\u001F", "\u0000", "\u007F", "\u00A0", "\u2003", "\u3000", "a", "Z",
            "\uD83D\uDE00");
    private static final List<String> NOISE = List.of(
            "a", "Z", "0", "9", ".", ".", "-", "-", "_", "+", "@", "\"", "\\", " ", "[", "]", ":", "%", "!", "#", "~",
            "(", ",", "\u00E9", "\u4E2D", "\u00A0", "\uD83D\uDE00");
    private static final String ATOM = "abcxyzABCXYZ0189!#$%&'*+/=?^_`{|}~-\u00FC\u4E2D";
    private static final String QUOTED = "abc019 .(),<>[]:;@!#~\u00E9";
    private static final String LABEL = "abcxyzABCXYZ0189-_!$\u00FC\u00DF\u4E2D";
    private static final String HEX = "0123456789abcdefABCDEFgx";
    private static final List<String> IPV4_PREFIXES = List.of(
            "::", "::ffff:", "::FFFF:0:", "::ffff:0000:", "::ffff:00000:", "::fffe:", "1::", "1:2:3:4::", "1:2:3:4:5::",
            "1:2:3:4:5:6:", ":", "");
    private static final List<String> DECIMALS = List.of(
            "0", "-0", "0.0000", "0E-10", "0.5", "0.50", "0.4999999", "0.5000001", "-10.25", "-10.250", "-10.2500001",
            "-10.2499999", "1E+3", "1E+2", "999.99", "999.990", "999.991", "1000", "0.0001", "0.00010", "0.00001",
            "7", "7.0", "7.0000001", "-3", "-3.0", "-3.0000001", "12345678901234567890.123456789");
    private static final List<Long> LONGS = List.of(
            Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 9999L, 10000L, -9999L,
            -10000L, 0L, 1L, -1L, -10L, -11L, 7L, 8L, -3L, -4L, 99L, 100L, -99L);

    private final RandomGenerator random;

    Values(RandomGenerator random) {
        this.random = random;
    }

    String shortText() {
        return rarely() ? null : repeat(random.nextInt(8), () -> pick(TEXT));
    }

    BigDecimal decimal() {
        if (rarely()) {
            return null;
        }
        return switch (random.nextInt(3)) {
            case 0 -> new BigDecimal(pick(DECIMALS));
            case 1 -> BigDecimal.valueOf(random.nextLong(-200_000, 200_000), random.nextInt(-3, 7));
            default -> new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(-5, 25));
        };
    }

    Long longValue() {
        if (rarely()) {
            return null;
        }
        return switch (random.nextInt(3)) {
            case 0 -> pick(LONGS);
            case 1 -> random.nextLong(-20_000, 20_000);
            default -> random.nextLong();
        };
    }

    Integer intValue() {
        Long value = longValue();
        return value == null ? null : (int) (long) value;
    }

    LocalDate date(LocalDate around) {
        return rarely() ? null : around.plusDays(random.nextInt(-3, 4));
    }

    Instant instant(Instant around) {
        if (rarely()) {
            return null;
        }
        return switch (random.nextInt(3)) {
            case 0 -> around.plusNanos(random.nextInt(-2, 3));
            case 1 -> around.plusNanos(random.nextLong(-2_000_000_000L, 2_000_000_000L));
            default -> around.plusSeconds(random.nextLong(-1_000_000, 1_000_000));
        };
    }

    String email() {
        if (rarely()) {
            return null;
        }
        return switch (random.nextInt(4)) {
            case 0 -> repeat(random.nextInt(25), () -> pick(NOISE));
            case 1 -> localPart() + "@" + domain();
            default -> mutate(localPart() + "@" + domain());
        };
    }

    private String localPart() {
        if (rarely()) {
            return chars(ATOM, random.nextInt(60, 70));
        }
        return repeat(random.nextInt(1, 4), this::word, ".");
    }

    private String word() {
        return random.nextInt(4) == 0 ? quoted() : chars(ATOM, random.nextInt(8));
    }

    private String quoted() {
        return "\"" + repeat(random.nextInt(0, 6), () -> switch (random.nextInt(6)) {
            case 0 -> "\\\\";
            case 1 -> "\\\"";
            case 2 -> "\\";
            default -> chars(QUOTED, 1);
        }) + "\"";
    }

    private String domain() {
        return switch (random.nextInt(8)) {
            case 0 -> "[" + dottedQuad() + "]";
            case 1 -> (random.nextBoolean() ? "[IPv6:" : pick(List.of("[ipv6:", "[", "[IPv4:"))) + ipv6() + "]";
            case 2 -> repeat(random.nextInt(3, 6), () -> chars(LABEL, random.nextInt(55, 66)), ".");
            case 3 -> hostName() + ".";
            default -> hostName();
        };
    }

    private String hostName() {
        return repeat(random.nextInt(1, 5), () -> chars(LABEL, random.nextInt(0, 10)), ".");
    }

    private String ipv6() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(IPV4_PREFIXES) + dottedQuad();
            case 1 -> linkLocal();
            default -> compressedGroups();
        };
    }

    private String linkLocal() {
        String groups = repeat(random.nextInt(6), () -> ":" + chars(HEX, random.nextInt(5)));
        String zone = random.nextInt(4) == 0 ? "" : "%" + chars("eth0Z-", random.nextInt(4));
        return (random.nextBoolean() ? "fe80" : "FE80:1") + groups + zone;
    }

    /** Hex groups with "::" somewhere, or not at all, or twice. */
    private String compressedGroups() {
        String groups = repeat(random.nextInt(0, 10), () -> chars(HEX, random.nextInt(1, 6)), ":");
        int gaps = random.nextInt(0, 3);
        for (int i = 0; i < gaps; i++) {
            int at = random.nextInt(groups.length() + 1);
            groups = groups.substring(0, at) + "::" + groups.substring(at);
        }
        return groups.replace(":::", random.nextInt(3) == 0 ? ":::" : "::");
    }

    private String dottedQuad() {
        return repeat(random.nextInt(3) == 0 ? random.nextInt(3, 6) : 4, () -> switch (random.nextInt(4)) {
            case 0 -> pick(List.of("0", "00", "01", "001", "25", "249", "250", "255", "256", "260", "300", "1000"));
            default -> Integer.toString(random.nextInt(0, 300));
        }, ".");
    }

    /** Inserts, deletes or replaces one or two characters. */
    private String mutate(String text) {
        var out = new StringBuilder(text);
        int edits = random.nextInt(1, 3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, pick(NOISE));
                case 1 -> out.delete(at, Math.min(at + 1, out.length()));
                default -> out.replace(at, Math.min(at + 1, out.length()), pick(NOISE));
            }
        }
        return out.toString();
    }

    private boolean rarely() {
        return random.nextInt(20) == 0;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String chars(String alphabet, int count) {
        var out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String repeat(int count, Supplier<String> part) {
        return repeat(count, part, "");
    }

    private static String repeat(int count, Supplier<String> part, String separator) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : separator).append(part.get());
        }
        return out.toString();
    }
}
