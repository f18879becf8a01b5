package dev.stratum.runtime.migration;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Flyway version such as {@code 1}, {@code 2.1} or {@code 2_1} (the file name form of {@code 2.1}), compared part by
 * part as numbers, so {@code 10} comes after {@code 9} and {@code 1.0} equals {@code 1}, as Flyway treats them.
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {

    private static final Pattern VALID = Pattern.compile("\\d+([._]\\d+)*");

    private final List<BigInteger> parts;

    private MigrationVersion(List<BigInteger> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Parses a version; throws {@link IllegalArgumentException} naming the text when it is not one. */
    public static MigrationVersion parse(String text) {
        if (text == null || !VALID.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a migration version; expected numbers separated by '.', such as 1 or 2.1");
        }
        return new MigrationVersion(Arrays.stream(text.split("[._]")).map(BigInteger::new).toList());
    }

    @Override
    public int compareTo(MigrationVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            int order = part(i).compareTo(other.part(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Whether this version comes after {@code other}. */
    public boolean isAfter(MigrationVersion other) {
        return compareTo(other) > 0;
    }

    private BigInteger part(int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        int significant = parts.size();
        while (significant > 1 && parts.get(significant - 1).signum() == 0) {
            significant--;
        }
        return parts.subList(0, significant).hashCode();
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }
}
